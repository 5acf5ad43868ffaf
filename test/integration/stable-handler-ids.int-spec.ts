import { DataSource } from 'typeorm';
import { CreateMessaging1795238400000 } from '../../migrations/messaging/1795238400000-CreateMessaging';
import { StableHandlerIds1796540000000 } from '../../migrations/messaging/1796540000000-StableHandlerIds';
import { TrackDeliveryConfirmation1796300000000 } from '../../migrations/messaging/1796300000000-TrackDeliveryConfirmation';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';

const PLACED = '0190a5b0-7c4e-7d2a-9b3c-0000000000a1';
const REGISTERED = '0190a5b0-7c4e-7d2a-9b3c-0000000000a2';
const LETTER = '0190a5b0-7c4e-7d2a-9b3c-0000000000b1';

describe('migration StableHandlerIds on the real PostgreSQL', () => {
  let database: FreshDatabase;
  let dataSource: DataSource;
  const migration = new StableHandlerIds1796540000000();

  beforeAll(async () => {
    database = await createFreshDatabase();
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [CreateMessaging1795238400000, TrackDeliveryConfirmation1796300000000],
    }).initialize();
    await dataSource.runMigrations();
    const envelope = JSON.stringify({ eventId: PLACED, name: 'ordering.order-placed', version: 1 });
    await dataSource.query(
      `INSERT INTO messaging.inbox (event_id, handler) VALUES
         ($1, 'shipping.CreateShipmentOnOrderPlaced'), ($2, 'crm.OnUserRegistered'), ($2, 'crm.ProjectCustomerAnalytics'), ($1, 'billing.SomeoneElses')`,
      [PLACED, REGISTERED],
    );
    await dataSource.query(
      `INSERT INTO messaging.dead_letters (id, event_id, event_name, context, handler, envelope, error, attempts)
       VALUES ($1, $2, 'ordering.order-placed', 'shipping', 'shipping.CancelShipmentOnOrderCancelled', $3, 'Error: boom', 8)`,
      [LETTER, PLACED, envelope],
    );
    await dataSource.query(
      `INSERT INTO messaging.outbox (event_id, event_name, aggregate_id, target_handler, envelope, sent_at) VALUES
         ($1, 'ordering.order-placed', 'o-1', NULL, $2, now()),
         ($1, 'ordering.order-placed', 'o-1', 'ordering.OnCurrencyDeactivated', $2, NULL),
         ($1, 'ordering.order-placed', 'o-1', 'reference.ForgetCachedAvailability', $2, now())`,
      [PLACED, envelope],
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const stored = async (): Promise<{ inbox: string[]; deadLetters: string[]; replays: Array<string | null> }> => ({
    inbox: (await dataSource.query(`SELECT handler FROM messaging.inbox ORDER BY handler`)).map((row: { handler: string }) => row.handler),
    deadLetters: (await dataSource.query(`SELECT handler FROM messaging.dead_letters`)).map((row: { handler: string }) => row.handler),
    replays: (await dataSource.query(`SELECT target_handler FROM messaging.outbox ORDER BY id`)).map(
      (row: { target_handler: string | null }) => row.target_handler,
    ),
  });

  const migrate = async (direction: 'up' | 'down'): Promise<void> => {
    const runner = dataSource.createQueryRunner();
    try {
      await migration[direction](runner);
    } finally {
      await runner.release();
    }
  };

  const derived = {
    inbox: ['billing.SomeoneElses', 'crm.OnUserRegistered', 'crm.ProjectCustomerAnalytics', 'shipping.CreateShipmentOnOrderPlaced'],
    deadLetters: ['shipping.CancelShipmentOnOrderCancelled'],
    replays: [null, 'ordering.OnCurrencyDeactivated', 'reference.ForgetCachedAvailability'],
  };

  it('rewrites the derived ids to the declared ones in the inbox, dead letters and replay rows, and leaves others alone', async () => {
    expect(await stored()).toEqual(derived);
    await migrate('up');
    expect(await stored()).toEqual({
      inbox: [
        'billing.SomeoneElses',
        'crm.link-signed-up-user-on-user-registered',
        'crm.project-customer-analytics-on-customer-changed',
        'shipping.create-shipment-on-order-placed',
      ],
      deadLetters: ['shipping.cancel-shipment-on-order-cancelled'],
      replays: [null, 'ordering.refuse-currency-on-currency-deactivated', 'reference.forget-cached-availability-on-availability-changed'],
    });
  });

  it('puts the derived ids back on the way down', async () => {
    await migrate('down');
    expect(await stored()).toEqual(derived);
  });
});
