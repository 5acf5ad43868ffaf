import { SerializedEvent } from '@promenade/ddd';
import { EVENT_TRANSPORT, EventRoutes, EventTransport, OutboxPruner, OutboxRelay } from '@promenade/messaging';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { OrderPlacedContract } from '../../src/contexts/ordering/contracts';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { startTestApp, TestApp } from '../support/test-app';

/** The relay's own promises: per-aggregate order across competing relays, and pruning. */
describe('the outbox relay on the real PostgreSQL', () => {
  let database: FreshDatabase;
  let testApp: TestApp;
  let dataSource: DataSource;
  let relay: OutboxRelay;
  let routes: EventRoutes;
  /** The ids of the deliveries handed to the transport, in order. */
  let sent: string[];

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto', OUTBOX_POLL_MS: '60000' });
    dataSource = testApp.app.get(DataSource);
    relay = testApp.app.get(OutboxRelay);
    routes = testApp.app.get(EventRoutes);
    await relay.stop(); // driven by hand below
    const transport = testApp.app.get<EventTransport>(EVENT_TRANSPORT);
    jest.spyOn(transport, 'send').mockImplementation(async (deliveries) => void sent.push(...deliveries.map((d) => d.id)));
  });

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
  });

  beforeEach(() => (sent = []));

  const ids = Array.from({ length: 3 }, (_, i) => `0190a5b0-7c4e-7d2a-9b3c-00000000000${i}`);
  /** Inserts an OrderPlaced row and answers the ids of its deliveries: one per subscriber (Shipping, CRM, the fulfillment process). */
  async function insert(eventId: string, aggregateId: string, sequence: number): Promise<string[]> {
    const envelope: SerializedEvent = {
      name: OrderPlacedContract.eventName,
      version: OrderPlacedContract.eventVersion,
      eventId,
      occurredAt: new Date().toISOString(),
      aggregateId,
      sequence,
      correlationId: null,
      payload: {},
    };
    await dataSource.query(`INSERT INTO messaging.outbox (event_id, event_name, aggregate_id, envelope) VALUES ($1, $2, $3, $4)`, [
      eventId,
      envelope.name,
      aggregateId,
      JSON.stringify(envelope),
    ]);
    return routes.deliveriesOf(envelope).map((delivery) => delivery.id);
  }

  it('leaves an aggregate alone while another relay holds its earlier event, and sends the others', async () => {
    const [x1, x2, y1] = [
      '0190a5b0-7c4e-7d2a-9b3c-0000000000a1',
      '0190a5b0-7c4e-7d2a-9b3c-0000000000a2',
      '0190a5b0-7c4e-7d2a-9b3c-0000000000b1',
    ];
    const x1Deliveries = await insert(x1, 'aggregate-x', 1);
    const x2Deliveries = await insert(x2, 'aggregate-x', 2);
    const y1Deliveries = await insert(y1, 'aggregate-y', 1);
    expect(y1Deliveries).toContain(`${y1}@shipping.create-shipment-on-order-placed`);
    const otherRelay = new Client({ connectionString: database.url });
    await otherRelay.connect();
    try {
      await otherRelay.query('BEGIN');
      await otherRelay.query(`SELECT id FROM messaging.outbox WHERE event_id = $1 FOR UPDATE`, [x1]);
      await relay.drain();
      expect(sent).toEqual(y1Deliveries);
      await otherRelay.query('ROLLBACK');
      await relay.drain();
      expect(sent).toEqual([...y1Deliveries, ...x1Deliveries, ...x2Deliveries]);
    } finally {
      await otherRelay.end();
    }
  });

  it('prunes sent outbox rows and old inbox rows after their retention, and keeps the rest', async () => {
    await insert(ids[0], 'aggregate-p', 1);
    await insert(ids[1], 'aggregate-q', 1);
    await dataSource.query(`UPDATE messaging.outbox SET sent_at = now() - interval '73 hours' WHERE event_id = $1`, [ids[0]]);
    await dataSource.query(
      `INSERT INTO messaging.inbox (event_id, handler, processed_at) VALUES ($1, 'h', now() - interval '169 hours'), ($2, 'h', now())`,
      [ids[0], ids[1]],
    );
    await testApp.app.get(OutboxPruner).prune();
    const outbox = await dataSource.query(`SELECT event_id FROM messaging.outbox WHERE event_id = ANY($1)`, [ids]);
    expect(outbox).toEqual([{ event_id: ids[1] }]);
    const inbox = await dataSource.query(`SELECT event_id FROM messaging.inbox WHERE event_id = ANY($1)`, [ids]);
    expect(inbox).toEqual([{ event_id: ids[1] }]);
  });
});
