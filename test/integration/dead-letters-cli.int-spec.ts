import { newId } from '@promenade/ddd';
import { DataSource } from 'typeorm';
import { OrderPlacedContract } from '../../src/contexts/ordering/contracts';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { exited, runTs } from '../support/service-process';
import { eventually, startTestApp, TEST_JWT_SECRET, TestApp } from '../support/test-app';

/** The dead-letter CLI works on the database alone; a running service delivers what it replays. */
describe('npm run cli -- dead-letters', () => {
  let database: FreshDatabase;
  let testApp: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto', OUTBOX_POLL_MS: '100' });
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
  });

  function collect(child: ReturnType<typeof runTs>): Promise<string> {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    return exited(child).then(() => text);
  }

  it('lists a dead letter, replays it so the running service delivers it, and refuses unknown ids', async () => {
    const orderId = newId();
    const eventId = newId();
    const envelope = {
      name: OrderPlacedContract.eventName,
      version: OrderPlacedContract.eventVersion,
      eventId,
      occurredAt: new Date().toISOString(),
      aggregateId: orderId,
      sequence: 1,
      correlationId: 'cli-test',
      payload: { orderId, customerId: orderId, currency: 'EUR', lines: [], total: 0, paymentMethodId: newId() },
    };
    const letterId = newId();
    await dataSource.query(
      `INSERT INTO messaging.dead_letters (id, event_id, event_name, context, handler, envelope, error, attempts) VALUES ($1, $2, $3, 'shipping', 'shipping.create-shipment-on-order-placed', $4, 'Error: boom', 8)`,
      [letterId, eventId, envelope.name, JSON.stringify(envelope)],
    );

    const listed = await runAndRead(['dead-letters', 'list', '--context', 'shipping']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.output)).toMatchObject({
      total: 1,
      items: [{ id: letterId, eventId, handler: 'shipping.create-shipment-on-order-placed', attempts: 8 }],
    });

    const replayed = await runAndRead(['dead-letters', 'replay', letterId]);
    expect(replayed.code).toBe(0);
    expect(JSON.parse(replayed.output)).toEqual({
      replayed: letterId,
      event: eventId,
      handler: 'shipping.create-shipment-on-order-placed',
    });
    await eventually(async () => {
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM shipping.shipments WHERE order_id = $1`, [orderId]);
      return n === 1 ? true : undefined;
    }, 10_000);
    // The replay went to the dead letter's handler alone, not to OrderPlaced's other subscribers (CRM, the fulfillment process).
    expect(await dataSource.query(`SELECT handler FROM messaging.inbox WHERE event_id = $1`, [eventId])).toEqual([
      { handler: 'shipping.create-shipment-on-order-placed' },
    ]);

    const again = await runAndRead(['dead-letters', 'discard', letterId]);
    expect(again.code).toBe(1);
    expect(again.output).toContain(`dead letter ${letterId} does not exist`);
    const bad = await runAndRead(['dead-letters', 'replay', 'not-an-id']);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('a dead letter id (UUID) is required');
  }, 60_000);

  async function runAndRead(args: string[]): Promise<{ code: number | null; output: string }> {
    const child = runTs('scripts/cli.ts', args, { DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET });
    const output = collect(child);
    const { code } = await exited(child);
    return { code, output: await output };
  }
});
