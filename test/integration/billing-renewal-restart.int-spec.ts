import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Clock, ManualClock, Money, newId } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { Client } from 'pg';
import { CreatePaymentMethod } from '../../src/contexts/billing/application/create-payment-method/create-payment-method.command';
import { CreatePlan } from '../../src/contexts/billing/application/create-plan/create-plan.command';
import { CreateSubscription } from '../../src/contexts/billing/application/create-subscription/create-subscription.command';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { removeQueues } from '../support/redis-queues';
import { eventually, startTestApp } from '../support/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const DAY = 86_400_000;
/** Time to hand the period end to the transport and close the app before it is due. */
const DUE_IN_MS = 8_000;
const RENEW_ON_PERIOD_END = 'billing.renew-subscription-on-subscription-period-ended';

/**
 * A renewal is a scheduled delivery (a delayed BullMQ job in Redis), not a timer of the app that subscribed. The first
 * app subscribes at a ManualClock time set so that the one-day trial ends a few seconds after real now, so the scheduled
 * period end carries that real due time; it closes before it is due. The next app on the same database and Redis,
 * on the system clock, renews it exactly once: one invoice for the period, one payment, one SubscriptionRenewed.
 */
describe('a subscription renewing across a restart, on bullmq and PostgreSQL', () => {
  let database: FreshDatabase;
  let observer: Client;
  const queuePrefix = `promenade-it-${randomBytes(4).toString('hex')}`;
  const start = () =>
    startTestApp({
      DATABASE_URL: database.url,
      MIGRATIONS_RUN: 'auto',
      EVENT_TRANSPORT: 'bullmq',
      REDIS_URL,
      EVENT_QUEUE_PREFIX: queuePrefix,
      OUTBOX_POLL_MS: '100',
    });

  beforeAll(async () => {
    database = await createFreshDatabase();
    observer = new Client({ connectionString: database.url });
    await observer.connect();
  });

  afterAll(async () => {
    await observer?.end();
    await database?.drop();
    await removeQueues(REDIS_URL, queuePrefix);
  });

  const one = async (sql: string, params: unknown[] = []) => (await observer.query(sql, params)).rows[0];
  const count = async (sql: string, params: unknown[]) => (await one(`SELECT count(*)::int AS n FROM ${sql}`, params)).n;
  const subscription = (id: string) =>
    one(
      `SELECT status, version, current_period_end AS "periodEnd", latest_invoice_id AS "invoiceId" FROM billing.subscriptions WHERE id = $1`,
      [id],
    );
  const periodEnded = (id: string) =>
    one(
      `SELECT event_id AS "eventId", sent_at AS "sentAt" FROM messaging.outbox WHERE event_name = 'billing.subscription-period-ended' AND aggregate_id = $1 ORDER BY id LIMIT 1`,
      [id],
    );

  it('renews it once, when due, in the app started after the one that subscribed closed', async () => {
    const trialEnd = new Date(Math.ceil((Date.now() + DUE_IN_MS) / 1000) * 1000);
    const first = await start();
    const subscribedAt = new ManualClock(new Date(trialEnd.getTime() - DAY));
    jest.spyOn(first.app.get(Clock, { strict: false }), 'now').mockImplementation(() => subscribedAt.now());
    const commands = first.app.get(TransactionalCommandBus);
    const customerId = newId();
    await commands.execute(
      new CreatePlan({ code: 'daily-trial', name: 'Pro', price: Money.of(1500, 'EUR'), interval: 'month', trialDays: 1 }),
    );
    const card = await commands.execute(new CreatePaymentMethod(customerId, 'pm_card_ok', 'Visa'));
    const id = await commands.execute(new CreateSubscription(customerId, 'daily-trial', card, 'restart-request'));
    // The relay has handed the period end to bullmq, which holds it as a delayed job until due.
    await eventually(async () => ((await periodEnded(id)).sentAt ? true : undefined), 10_000);
    await first.close();

    const trialing = await subscription(id);
    expect(Date.now()).toBeLessThan(trialEnd.getTime()); // closed before it was due: what follows is the next app's doing
    expect(trialing).toMatchObject({ status: 'trialing', version: 1, periodEnd: trialEnd, invoiceId: null });

    const second = await start();
    try {
      await eventually(async () => ((await subscription(id)).status === 'active' ? true : undefined), 30_000);
      await sleep(1500); // room for a second run, which must not come

      const renewed = await subscription(id);
      expect(renewed).toMatchObject({ status: 'active', version: 2 });
      expect(renewed.periodEnd.getTime()).toBeGreaterThan(trialEnd.getTime());
      expect(await count(`billing.invoices WHERE source_reference LIKE $1`, [`subscription:${id}:%`])).toBe(1);
      expect(
        await one(`SELECT status, source_reference AS "sourceReference" FROM billing.invoices WHERE id = $1`, [renewed.invoiceId]),
      ).toEqual({
        status: 'paid',
        sourceReference: `subscription:${id}:${trialEnd.toISOString()}`,
      });
      expect(await count(`billing.payments WHERE invoice_id = $1 AND status = 'succeeded'`, [renewed.invoiceId])).toBe(1);
      expect(await count(`billing.payments WHERE invoice_id = $1`, [renewed.invoiceId])).toBe(1);
      expect(await count(`messaging.outbox WHERE event_name = 'billing.subscription-renewed' AND aggregate_id = $1`, [id])).toBe(1);
      const { eventId } = await periodEnded(id);
      expect(await count(`messaging.inbox WHERE event_id = $1 AND handler = $2`, [eventId, RENEW_ON_PERIOD_END])).toBe(1);
    } finally {
      await second.close();
    }
  }, 90_000);
});
