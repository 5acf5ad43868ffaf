import { randomUUID } from 'node:crypto';
import { DomainEvent } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  ConfirmReservationMessage,
  IssueReservationMessage,
  ReleaseReservationMessage,
  ReserveStockMessage,
} from '../../src/contexts/warehouse/contracts';
import { signUp } from '../support/auth';
import { eventually, startTestApp, TestApp } from '../support/test-app';

type Agent = ReturnType<typeof request.agent>;
const WAREHOUSE = '/api/v1/warehouse';

/**
 * The command messages the Warehouse accepts, sent as another context sends them: written to the outbox in a unit of
 * work, relayed, delivered through the inbox to the Warehouse's handlers; what they end in is read from the outbox,
 * the reservations and the stock. A reservation's time to live of 6 s lets its due expiry arrive within a test.
 */
describe('Warehouse accepts command messages through the outbox', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: Agent;

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_POLL_MS: '100', RESERVATION_TTL_MINUTES: '0.1' });
    db = t.app.get(DataSource);
    admin = request.agent(t.url).set((await signUp(t, { roles: ['admin'] })).headers);
    await admin
      .post(`${WAREHOUSE}/warehouses`)
      .send({
        code: 'MSG-1',
        name: 'Messages',
        address: { line1: 'Main street 1', city: 'Kyiv', postalCode: '01001', country: 'UA' },
        timeZone: 'Europe/Kyiv',
      })
      .expect(201);
    for (const sku of ['MSG-MUG', 'MSG-OLD']) {
      await admin.post(`${WAREHOUSE}/products`).send({ sku, name: sku, unit: 'each' }).expect(201);
      await admin
        .post(`${WAREHOUSE}/stock/receipts`)
        .send({ warehouse: 'MSG-1', lines: [{ sku, quantity: 100 }] })
        .expect(201);
    }
    await admin.post(`${WAREHOUSE}/products/MSG-OLD/discontinue`).expect(200);
  }, 120_000);

  afterAll(() => t?.close());

  /** Writes the message to the outbox as a sender's unit of work does, and answers once the Warehouse's handler ran it. */
  async function send(message: DomainEvent, handler: string): Promise<void> {
    const uow = t.app.get(UnitOfWork);
    await uow.run(async () => uow.record([message]));
    await eventually(async () => {
      const rows = await db.query(`SELECT 1 FROM messaging.inbox WHERE event_id = $1 AND handler = $2`, [
        message.metadata.eventId,
        handler,
      ]);
      return rows.length > 0 ? true : undefined;
    }, 10_000);
  }

  const reserve = (orderId: string, lines: Array<{ sku: string; quantity: number }>) =>
    send(new ReserveStockMessage({ orderId, lines }), 'warehouse.reserve-stock-on-message');
  const confirm = (orderId: string) => send(new ConfirmReservationMessage({ orderId }), 'warehouse.confirm-reservation-on-message');
  const release = (orderId: string) =>
    send(new ReleaseReservationMessage({ orderId, reason: 'order cancelled' }), 'warehouse.release-reservation-on-message');
  const issue = (orderId: string) => send(new IssueReservationMessage({ orderId }), 'warehouse.issue-reservation-on-message');

  /** The payloads of `name` events about `orderId` in the outbox, in order. */
  async function published(name: string, orderId: string): Promise<Array<Record<string, unknown>>> {
    const rows: Array<{ payload: Record<string, unknown> }> = await db.query(
      `SELECT envelope->'payload' AS payload FROM messaging.outbox WHERE event_name = $1 AND envelope->'payload'->>'orderId' = $2 ORDER BY id`,
      [name, orderId],
    );
    return rows.map((row) => row.payload);
  }

  async function reservationOf(orderId: string): Promise<Record<string, unknown>> {
    const { body } = await admin.get(`${WAREHOUSE}/reservations?orderId=${orderId}`).expect(200);
    expect(body.total).toBe(1);
    return body.items[0];
  }

  const deadLetters = async () => db.query(`SELECT handler, error FROM messaging.dead_letters WHERE context = 'warehouse'`);

  it('reserves once however often it is asked: one held reservation, one stock-reserved', async () => {
    const orderId = randomUUID();
    await reserve(orderId, [{ sku: 'msg-mug', quantity: 2 }]);
    await reserve(orderId, [{ sku: 'MSG-MUG', quantity: 2 }]);

    expect(await reservationOf(orderId)).toMatchObject({
      status: 'held',
      allocations: [{ sku: 'MSG-MUG', warehouseCode: 'MSG-1', quantity: 2 }],
    });
    expect(await published('warehouse.stock-reserved', orderId)).toHaveLength(1);

    await release(orderId);
  });

  it('ends a reserve of an unknown and a discontinued product in a failed reservation and stock-reservation-failed v2, no dead letter', async () => {
    const orderId = randomUUID();
    await reserve(orderId, [
      { sku: 'MSG-NOPE', quantity: 1 },
      { sku: 'MSG-MUG', quantity: 1 },
      { sku: 'MSG-OLD', quantity: 1 },
    ]);

    expect(await reservationOf(orderId)).toMatchObject({
      status: 'failed',
      shortages: [
        { sku: 'MSG-NOPE', requested: 1, available: 0, reason: 'unknown' },
        { sku: 'MSG-OLD', requested: 1, available: 0, reason: 'discontinued' },
      ],
    });
    const [row] = await db.query(
      `SELECT (envelope->>'version')::int AS version, envelope->'payload' AS payload FROM messaging.outbox
       WHERE event_name = 'warehouse.stock-reservation-failed' AND envelope->'payload'->>'orderId' = $1`,
      [orderId],
    );
    expect(row.version).toBe(2);
    expect(row.payload.shortages.map((s: { reason: string }) => s.reason)).toEqual(['unknown', 'discontinued']);
    expect(await deadLetters()).toEqual([]);
  });

  it('confirms a held reservation once: reservation-confirmed, no expiry, and the due expiry then leaves it held', async () => {
    const orderId = randomUUID();
    await reserve(orderId, [{ sku: 'MSG-MUG', quantity: 3 }]);
    const held = await reservationOf(orderId);
    await confirm(orderId);
    await confirm(orderId);

    expect(await published('warehouse.reservation-confirmed', orderId)).toEqual([
      { reservationId: held.id, orderId, confirmedAt: expect.any(String) },
    ]);
    const [due]: Array<{ event_id: string }> = await db.query(
      `SELECT event_id FROM messaging.outbox WHERE event_name = 'warehouse.reservation-expiry-due' AND envelope->'payload'->>'reservationId' = $1`,
      [held.id],
    );
    await eventually(async () => {
      const rows = await db.query(`SELECT 1 FROM messaging.inbox WHERE event_id = $1`, [due.event_id]);
      return rows.length > 0 ? true : undefined;
    }, 20_000);
    expect(await reservationOf(orderId)).toMatchObject({ status: 'held', expiresAt: null, confirmedAt: expect.any(String), version: 2 });
    expect(await published('warehouse.reservation-expired', orderId)).toEqual([]);

    await issue(orderId);
    await issue(orderId);

    expect(await reservationOf(orderId)).toMatchObject({ status: 'committed', version: 3 });
    expect(await published('warehouse.stock-issued', orderId)).toHaveLength(1);
    const { body: movements } = await admin.get(`${WAREHOUSE}/movements?sku=MSG-MUG&type=issue`).expect(200);
    expect(movements.items).toEqual([expect.objectContaining({ reference: orderId, actor: 'warehouse.issue-reservation', quantity: -3 })]);
  }, 60_000);

  it('releases once, and then neither confirms nor issues it: nothing published, no dead letter', async () => {
    const orderId = randomUUID();
    await reserve(orderId, [{ sku: 'MSG-MUG', quantity: 1 }]);
    await release(orderId);
    await release(orderId);
    await confirm(orderId);
    await issue(orderId);

    expect(await reservationOf(orderId)).toMatchObject({ status: 'released', confirmedAt: null, version: 2 });
    expect(await published('warehouse.stock-released', orderId)).toHaveLength(1);
    expect(await published('warehouse.reservation-confirmed', orderId)).toEqual([]);
    expect(await published('warehouse.stock-issued', orderId)).toEqual([]);
    expect(await deadLetters()).toEqual([]);
  });

  it('does nothing for an order it never reserved for, without a dead letter', async () => {
    const orderId = randomUUID();
    await confirm(orderId);
    await release(orderId);
    await issue(orderId);

    expect((await admin.get(`${WAREHOUSE}/reservations?orderId=${orderId}`).expect(200)).body.total).toBe(0);
    expect(await deadLetters()).toEqual([]);
  });
});
