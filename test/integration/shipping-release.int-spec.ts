import { randomUUID } from 'node:crypto';
import { DomainEvent } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OrderCancelledContract, OrderPlacedContract } from '../../src/contexts/ordering/contracts';
import { ReleaseShipmentMessage } from '../../src/contexts/shipping/contracts';
import { signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { expectProblem } from '../support/problems';
import { eventually, startTestApp, TestApp } from '../support/test-app';

type Agent = ReturnType<typeof request.agent>;
const SHIPMENTS = '/api/v1/shipping/shipments';

/**
 * Held shipments on the real PostgreSQL (its migrated table and CHECK constraint): Ordering's events and the release
 * message are written to the outbox as their senders write them, relayed and delivered through the inbox, in either order.
 */
describe('Shipping releases held shipments by message, on PostgreSQL', () => {
  let database: FreshDatabase;
  let t: TestApp;
  let db: DataSource;
  let staff: Agent;

  beforeAll(async () => {
    database = await createFreshDatabase();
    t = await startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto', OUTBOX_POLL_MS: '100' });
    db = t.app.get(DataSource);
    staff = request.agent(t.url).set((await signUp(t, { roles: ['manager'] })).headers);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  /** Writes the event to the outbox as its sender's unit of work does, and answers once `handler` ran it. */
  async function send(event: DomainEvent, handler: string): Promise<void> {
    const uow = t.app.get(UnitOfWork);
    await uow.run(async () => uow.record([event]));
    await eventually(async () => {
      const rows = await db.query(`SELECT 1 FROM messaging.inbox WHERE event_id = $1 AND handler = $2`, [event.metadata.eventId, handler]);
      return rows.length > 0 ? true : undefined;
    }, 10_000);
  }

  const placed = (orderId: string) =>
    send(
      new OrderPlacedContract({
        orderId,
        customerId: randomUUID(),
        currency: 'EUR',
        lines: [{ sku: 'SKU-1', quantity: 1, unitPrice: 1000 }],
        total: 1000,
        paymentMethodId: randomUUID(),
      }),
      'shipping.create-shipment-on-order-placed',
    );
  const released = (orderId: string) => send(new ReleaseShipmentMessage({ orderId }), 'shipping.release-shipment-on-message');

  async function shipmentOf(orderId: string): Promise<Record<string, unknown> & { id: string }> {
    const { body } = await staff.get(`${SHIPMENTS}?orderId=${orderId}`).expect(200);
    expect(body.total).toBe(1);
    return body.items[0];
  }

  it('opens a placed order held, refuses to ship it with 409 SHIPMENT_NOT_RELEASED, and ships it once released', async () => {
    const orderId = randomUUID();
    await placed(orderId);
    const held = await shipmentOf(orderId);
    expect(held).toMatchObject({ status: 'held', releasedAt: null });
    const { body: heldOnes } = await staff.get(`${SHIPMENTS}?status=held&orderId=${orderId}`).expect(200);
    expect(heldOnes.items.map((s: { id: string }) => s.id)).toEqual([held.id]);

    expectProblem(
      await staff.post(`${SHIPMENTS}/${held.id}/ship`).send({ carrier: 'DHL', trackingNumber: 'JD1' }),
      409,
      'SHIPMENT_NOT_RELEASED',
    );

    await released(orderId);
    await released(orderId);

    expect(await shipmentOf(orderId)).toMatchObject({ status: 'pending', releasedAt: expect.any(String), version: 2 });
    const { body: shipped } = await staff.post(`${SHIPMENTS}/${held.id}/ship`).send({ carrier: 'DHL', trackingNumber: 'JD1' }).expect(200);
    expect(shipped).toMatchObject({ status: 'shipped', carrier: 'DHL' });
  });

  it('records a release handled before the placement, and the late placement opens no second shipment', async () => {
    const orderId = randomUUID();
    await released(orderId);
    await placed(orderId);

    expect(await shipmentOf(orderId)).toMatchObject({ status: 'pending', version: 1 });
  });

  it('cancels a held shipment with its order, and a later release leaves it cancelled, without a dead letter', async () => {
    const orderId = randomUUID();
    await placed(orderId);
    await send(
      new OrderCancelledContract({ orderId, reason: 'changed my mind', wasPlaced: true }),
      'shipping.cancel-shipment-on-order-cancelled',
    );
    await released(orderId);

    expect(await shipmentOf(orderId)).toMatchObject({ status: 'cancelled', releasedAt: null });
    expect(await db.query(`SELECT 1 FROM messaging.dead_letters WHERE context = 'shipping'`)).toEqual([]);
  });

  it('keeps only known statuses in the table', async () => {
    await expect(
      db.query(`INSERT INTO shipping.shipments (id, version, order_id, status) VALUES ($1, 1, $2, 'lost')`, [randomUUID(), randomUUID()]),
    ).rejects.toThrow(/shipments_status_known/);
  });
});
