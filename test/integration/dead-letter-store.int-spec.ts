import { AppConfig } from '@promenade/config';
import { DeadLetterNotFound, deadLetterStore, EventRoutes, EventTransport, OutboxRelay } from '@promenade/messaging';
import { DataSource } from 'typeorm';
import { CreateMessaging1795238400000 } from '../../migrations/messaging/1795238400000-CreateMessaging';
import { TrackDeliveryConfirmation1796300000000 } from '../../migrations/messaging/1796300000000-TrackDeliveryConfirmation';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';

const EVENT = '0190a5b0-7c4e-7d2a-9b3c-0000000000c1';
const envelope = {
  name: 'ordering.order-placed',
  version: 1,
  eventId: EVENT,
  occurredAt: '2026-01-01T00:00:00.000Z',
  aggregateId: 'order-1',
  sequence: 1,
  correlationId: null,
  payload: {},
};
const HANDLER = 'shipping.create-shipment-on-order-placed';

/** The one writer and reader of messaging.dead_letters, and the relay that files an unroutable replay through it. */
describe('the dead-letter store on the real PostgreSQL', () => {
  let database: FreshDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createFreshDatabase();
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [CreateMessaging1795238400000, TrackDeliveryConfirmation1796300000000],
    }).initialize();
    await dataSource.runMigrations();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  beforeEach(() => dataSource.query(`TRUNCATE messaging.dead_letters, messaging.outbox`));

  it('records a failed delivery, lists it by context, counts it, takes it once and requeues it to its one handler', async () => {
    const { manager } = dataSource;
    await deadLetterStore.record(manager, { envelope, context: 'shipping', handler: HANDLER, error: 'Error: boom', attempts: 8 });
    const page = await deadLetterStore.list(manager, 'shipping', 1, 20);
    expect(page).toMatchObject({
      total: 1,
      items: [
        {
          eventId: EVENT,
          eventName: 'ordering.order-placed',
          context: 'shipping',
          handler: HANDLER,
          error: 'Error: boom',
          attempts: 8,
          envelope,
        },
      ],
    });
    expect(await deadLetterStore.list(manager, 'crm', 1, 20)).toMatchObject({ total: 0, items: [] });
    expect(await deadLetterStore.count(manager)).toBe(1);

    const letter = await deadLetterStore.take(manager, page.items[0].id);
    await deadLetterStore.requeue(manager, letter);
    expect(await deadLetterStore.count(manager)).toBe(0);
    await expect(deadLetterStore.take(manager, letter.id)).rejects.toThrow(DeadLetterNotFound);
    expect(await dataSource.query(`SELECT event_id, aggregate_id, target_handler, sent_at FROM messaging.outbox`)).toEqual([
      { event_id: EVENT, aggregate_id: 'order-1', target_handler: HANDLER, sent_at: null },
    ]);
  });

  it('keeps a replay aimed at a handler this service lacks as a dead letter of that handler’s context', async () => {
    const gone = 'billing.open-invoice-on-order-placed';
    await dataSource.query(
      `INSERT INTO messaging.outbox (event_id, event_name, aggregate_id, target_handler, envelope) VALUES ($1, $2, 'order-1', $3, $4)`,
      [EVENT, envelope.name, gone, JSON.stringify(envelope)],
    );
    const noHandlers = { deliveriesOf: () => [] } as unknown as EventRoutes;
    const transport = { send: async () => undefined } as unknown as EventTransport;
    await new OutboxRelay(dataSource, noHandlers, transport, Object.assign(new AppConfig(), { OUTBOX_BATCH_SIZE: 10 })).drain();
    expect(await deadLetterStore.list(dataSource.manager, 'billing', 1, 20)).toMatchObject({
      total: 1,
      items: [{ eventId: EVENT, handler: gone, error: `no handler ${gone} in this service`, attempts: 0 }],
    });
  });
});
