import { MIGRATIONS_GLOB, PendingMigrations, prepareSchema } from '@promenade/persistence';
import { DataSource } from 'typeorm';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';

describe('migrations on the real PostgreSQL', () => {
  let database: FreshDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createFreshDatabase();
    dataSource = await new DataSource({ type: 'postgres', url: database.url, migrations: [MIGRATIONS_GLOB] }).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const tables = async (): Promise<string[]> =>
    (
      await dataSource.query(
        `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
         WHERE table_schema IN ('ordering', 'shipping') ORDER BY 1`,
      )
    ).map((row: { name: string }) => row.name);

  it('refuses a database with pending migrations when asked only to check', async () => {
    await expect(prepareSchema(dataSource, 'check')).rejects.toThrow(PendingMigrations);
    await expect(prepareSchema(dataSource, 'check')).rejects.toThrow(
      /CreateOrders\d+.*CreateShipments\d+|CreateShipments\d+.*CreateOrders\d+/,
    );
  });

  it('applies every context migration, each context in its own schema', async () => {
    await prepareSchema(dataSource, 'auto');
    expect(await tables()).toEqual(['ordering.orders', 'ordering.unavailable_currencies', 'shipping.shipments']);
    await expect(prepareSchema(dataSource, 'check')).resolves.toBeUndefined();
  });

  it('reverts every migration down to an empty database, and applies them again', async () => {
    for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration();
    expect(await tables()).toEqual([]);
    const schemas = await dataSource.query(
      `SELECT schema_name FROM information_schema.schemata WHERE schema_name IN ('ordering', 'shipping')`,
    );
    expect(schemas).toEqual([]);
    await dataSource.runMigrations();
    expect(await tables()).toEqual(['ordering.orders', 'ordering.unavailable_currencies', 'shipping.shipments']);
  });

  it('keeps the shipment-per-order guarantee in the schema', async () => {
    const orderId = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
    const insert = (id: string) =>
      dataSource.query(`INSERT INTO shipping.shipments (id, version, order_id, status) VALUES ($1, 1, $2, 'pending')`, [id, orderId]);
    await insert('0190a5b0-7c4e-7d2a-9b3c-000000000001');
    await expect(insert('0190a5b0-7c4e-7d2a-9b3c-000000000002')).rejects.toThrow(/duplicate key/);
  });
});
