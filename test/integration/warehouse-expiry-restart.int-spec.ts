import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { newId } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { Client } from 'pg';
import { CreateProduct } from '../../src/contexts/warehouse/application/create-product/create-product.command';
import { ReceiveStock } from '../../src/contexts/warehouse/application/receive-stock/receive-stock.command';
import { ReserveStock } from '../../src/contexts/warehouse/application/reserve-stock/reserve-stock.command';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { removeQueues } from '../support/redis-queues';
import { eventually, startTestApp } from '../support/test-app';
import { createWarehouse } from '../support/warehouse';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** 6 s: time to hand the expiry to the transport and close the app before it is due. */
const TTL_MINUTES = 0.1;
const EXPIRE_ON_DUE = 'warehouse.expire-reservation-on-reservation-expiry-due';

/**
 * A reservation's expiry is a scheduled delivery, not a timer of the app that made it: on bullmq a delayed job in
 * Redis, on the memory transport a timer handed back at a graceful stop (its outbox row marked unsent) and sent again
 * by the next start. Either way the next app on the same database (and Redis) expires it once, when due.
 */
describe.each(['bullmq', 'memory'] as const)('a held reservation expiring across a restart, on the %s transport', (transport) => {
  let database: FreshDatabase;
  let observer: Client;
  const queuePrefix = `promenade-it-${randomBytes(4).toString('hex')}`;
  const start = () =>
    startTestApp({
      DATABASE_URL: database.url,
      MIGRATIONS_RUN: 'auto',
      EVENT_TRANSPORT: transport,
      REDIS_URL,
      EVENT_QUEUE_PREFIX: queuePrefix,
      OUTBOX_POLL_MS: '100',
      RESERVATION_TTL_MINUTES: String(TTL_MINUTES),
    });

  beforeAll(async () => {
    database = await createFreshDatabase();
    observer = new Client({ connectionString: database.url });
    await observer.connect();
  });

  afterAll(async () => {
    await observer?.end();
    await database?.drop();
    if (transport === 'bullmq') await removeQueues(REDIS_URL, queuePrefix);
  });

  const one = async (sql: string, params: unknown[] = []) => (await observer.query(sql, params)).rows[0];
  const reservation = (id: string) =>
    one(`SELECT status, version, expires_at AS "expiresAt", updated_at AS "updatedAt" FROM warehouse.reservations WHERE id = $1`, [id]);
  const stock = () => one(`SELECT on_hand::float AS "onHand", reserved::float AS reserved FROM warehouse.stock_items WHERE sku = 'LAMP'`);
  const expiryDue = (id: string) =>
    one(
      `SELECT event_id AS "eventId", sent_at AS "sentAt" FROM messaging.outbox WHERE event_name = 'warehouse.reservation-expiry-due' AND aggregate_id = $1`,
      [id],
    );

  it('expires it once, when due, in the app started after the one that held it closed', async () => {
    const first = await start();
    const commands = first.app.get(TransactionalCommandBus);
    await commands.execute(createWarehouse('KBP-1'));
    await commands.execute(new CreateProduct({ sku: 'LAMP', name: 'Lamp', unit: 'each' }));
    await commands.execute(new ReceiveStock('KBP-1', [{ sku: 'LAMP', quantity: 5 }], null, 'test'));
    const id = await commands.execute(new ReserveStock(newId(), [{ sku: 'LAMP', quantity: 3 }]));
    // The relay has handed the expiry to the transport, which holds it until due.
    await eventually(async () => ((await expiryDue(id)).sentAt ? true : undefined), 10_000);
    await first.close();

    const held = await reservation(id);
    expect(Date.now()).toBeLessThan(held.expiresAt.getTime()); // closed before it was due: what follows is the next app's doing
    expect(held).toMatchObject({ status: 'held', version: 1 });
    expect(await stock()).toEqual({ onHand: 5, reserved: 3 });
    // bullmq: a delayed job Redis keeps; memory: handed back, its row unsent for the next start.
    expect((await expiryDue(id)).sentAt === null).toBe(transport === 'memory');

    const second = await start();
    try {
      await eventually(async () => ((await reservation(id)).status === 'expired' ? true : undefined), 30_000);
      await sleep(1500); // room for a second run, which must not come

      const expired = await reservation(id);
      expect(expired).toMatchObject({ status: 'expired', version: 2 });
      expect(expired.updatedAt.getTime()).toBeGreaterThanOrEqual(expired.expiresAt.getTime());
      expect(await stock()).toEqual({ onHand: 5, reserved: 0 });
      expect(await one(`SELECT count(*)::int AS n FROM messaging.outbox WHERE event_name = 'warehouse.reservation-expired'`)).toEqual({
        n: 1,
      });
      const { eventId } = await expiryDue(id);
      expect(
        await one(`SELECT count(*)::int AS n FROM messaging.inbox WHERE event_id = $1 AND handler = $2`, [eventId, EXPIRE_ON_DUE]),
      ).toEqual({
        n: 1,
      });
    } finally {
      await second.close();
    }
  }, 90_000);
});
