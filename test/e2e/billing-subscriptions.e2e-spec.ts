import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock, ManualClock } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { RenewSubscription } from '../../src/contexts/billing/application/renew-subscription/renew-subscription.command';
import { RetrySubscriptionCharge } from '../../src/contexts/billing/application/retry-subscription-charge/retry-subscription-charge.command';
import { SignedIn, signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { startTestApp, TestApp } from '../support/test-app';

const BILLING = '/api/v1/billing';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
const DAY = 86_400_000;
type Agent = ReturnType<typeof request.agent>;

/**
 * Plans and subscriptions through HTTP on the sandbox provider. Time is the billing Clock's, a ManualClock set years
 * ahead: the scheduled period ends and retries stay with the transport's timers for the whole file, and the test runs
 * each due command itself through the command bus, at the due time, as the scheduler's reaction would.
 */
describe('Billing subscriptions through HTTP', () => {
  const clock = new ManualClock('2030-01-31T10:00:00.000Z');
  let t: TestApp;
  let alice: SignedIn;
  let asAlice: Agent;
  let asBob: Agent;
  /** The accountant (system role `billing`): manages plans, reads and cancels every subscription. */
  let accountant: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    jest.spyOn(t.app.get(Clock, { strict: false }), 'now').mockImplementation(() => clock.now());
    alice = await signUp(t);
    asAlice = request.agent(t.url).set(alice.headers);
    asBob = request.agent(t.url).set((await signUp(t)).headers);
    accountant = request.agent(t.url).set((await signUp(t, { roles: ['billing'] })).headers);
    await accountant
      .post(`${BILLING}/plans`)
      .send({ code: 'pro', name: 'Pro', price: { amount: 1000, currency: 'EUR' }, interval: 'month' })
      .expect(201);
    await accountant
      .post(`${BILLING}/plans`)
      .send({ code: 'trial', name: 'Trial', price: { amount: 500, currency: 'EUR' }, interval: 'month', trialDays: 14 })
      .expect(201);
  }, 120_000);

  afterAll(() => t?.close());

  async function card(agent: Agent, token = 'pm_card_ok'): Promise<string> {
    const { body } = await agent
      .post(`${BILLING}/payment-methods`)
      .send({ token, label: `Card ${token}` })
      .expect(201);
    return body.id;
  }

  const subscribe = (agent: Agent, planCode: string, paymentMethodId: string, requestKey = randomUUID()) =>
    agent.post(`${BILLING}/subscriptions`).set('Idempotency-Key', requestKey).send({ planCode, paymentMethodId });

  /** A customer of their own, for a test that needs a live subscription to a plan another test's customer holds. */
  async function aCustomer(): Promise<{ user: SignedIn; agent: Agent }> {
    const user = await signUp(t);
    return { user, agent: request.agent(t.url).set(user.headers) };
  }

  const subscriptionOf = async (id: string) => (await accountant.get(`${BILLING}/subscriptions/${id}`).expect(200)).body;
  const invoiceOf = async (id: string) => (await accountant.get(`${BILLING}/invoices/${id}`).expect(200)).body;

  /** Runs a due command at `at` as its scheduled reaction would. */
  async function runAt(at: string | Date, command: RenewSubscription | RetrySubscriptionCharge): Promise<void> {
    clock.set(at);
    await t.app.get(TransactionalCommandBus).execute(command);
  }

  /** The events published about a subscription, in order (internal scheduled ones left out). */
  async function publishedAbout(id: string): Promise<string[]> {
    const rows: Array<{ event_name: string }> = await t.app
      .get(DataSource)
      .query(`SELECT event_name FROM messaging.outbox WHERE aggregate_id = $1 AND event_name LIKE 'billing.subscription-%' ORDER BY id`, [
        id,
      ]);
    return rows.map((row) => row.event_name).filter((name) => !/period-ended|retry-due/.test(name));
  }

  it('lets staff create and change plans, and anyone who may subscribe read them', async () => {
    const created = await accountant
      .post(`${BILLING}/plans`)
      .send({ code: 'team-yearly', name: 'Team', price: { amount: 99_000, currency: 'EUR' }, interval: 'year', active: false })
      .expect(201);
    expect(created.body).toMatchObject({ code: 'team-yearly', interval: 'year', trialDays: 0, active: false, version: 1 });

    const changed = await accountant.patch(`${BILLING}/plans/team-yearly`).send({ name: 'Team (2030)', active: true }).expect(200);
    expect(changed.body).toMatchObject({ name: 'Team (2030)', active: true, price: { amount: 99_000, currency: 'EUR' }, version: 2 });

    const list = await asAlice.get(`${BILLING}/plans?active=true`).expect(200);
    expect(list.body.items.map((plan: { code: string }) => plan.code)).toEqual(['pro', 'team-yearly', 'trial']);
    await asAlice.get(`${BILLING}/plans/pro`).expect(200);

    expectProblem(
      await accountant
        .post(`${BILLING}/plans`)
        .send({ code: 'pro', name: 'Again', price: { amount: 1, currency: 'EUR' }, interval: 'month' }),
      409,
      'PLAN_CODE_TAKEN',
    );
    expectProblem(
      await accountant.patch(`${BILLING}/plans/pro`).send({ price: { amount: 0, currency: 'EUR' } }),
      422,
      'PLAN_DETAILS_INVALID',
    );
    expectProblem(await accountant.patch(`${BILLING}/plans/nope`).send({ name: 'Nope' }), 404, 'PLAN_NOT_FOUND');
    expectProblem(await accountant.patch(`${BILLING}/plans/pro`).send({ interval: 'year' }), 400, 'VALIDATION_FAILED');
    expectProblem(
      await asAlice.post(`${BILLING}/plans`).send({ code: 'mine', name: 'Mine', price: { amount: 1, currency: 'EUR' }, interval: 'month' }),
      403,
      'PERMISSION_DENIED',
    );
  });

  it('subscribes, renews, fails, duns and recovers when the customer pays the open invoice', async () => {
    clock.set('2030-01-31T10:00:00.000Z');
    const first = await card(asAlice);

    const started = await subscribe(asAlice, 'pro', first).expect(201);
    const id = started.body.id;
    expect(started.body).toMatchObject({
      customerId: alice.userId,
      planCode: 'pro',
      status: 'active',
      anchor: '2030-01-31T10:00:00.000Z',
      currentPeriodEnd: '2030-02-28T10:00:00.000Z',
      cancelAtPeriodEnd: false,
    });
    expect(await invoiceOf(started.body.latestInvoiceId)).toMatchObject({
      status: 'paid',
      customerId: alice.userId,
      total: { amount: 1000 },
    });

    // Delivered a second early (the scheduling host's clock ahead): refused for the transport to retry, not dropped.
    await expect(runAt('2030-02-28T09:59:59.000Z', new RenewSubscription(id, new Date('2030-02-28T10:00:00.000Z')))).rejects.toMatchObject({
      code: 'SUBSCRIPTION_CHARGE_NOT_YET_DUE',
    });
    expect((await subscriptionOf(id)).currentPeriodEnd).toBe('2030-02-28T10:00:00.000Z');

    // Renewed at the month's end, the next period ending on the 31st again.
    await runAt('2030-02-28T10:00:00.000Z', new RenewSubscription(id, new Date('2030-02-28T10:00:00.000Z')));
    const renewed = await subscriptionOf(id);
    expect(renewed).toMatchObject({
      status: 'active',
      currentPeriodStart: '2030-02-28T10:00:00.000Z',
      currentPeriodEnd: '2030-03-31T10:00:00.000Z',
    });
    expect(renewed.latestInvoiceId).not.toBe(started.body.latestInvoiceId);
    expect((await invoiceOf(renewed.latestInvoiceId)).status).toBe('paid');

    // The card is removed: the next renewal cannot be charged, and the first retry neither.
    await asAlice.delete(`${BILLING}/payment-methods/${first}`).expect(204);
    await runAt('2030-03-31T10:00:00.000Z', new RenewSubscription(id, new Date('2030-03-31T10:00:00.000Z')));
    const pastDue = await subscriptionOf(id);
    expect(pastDue).toMatchObject({ status: 'past_due', pastDueSince: '2030-03-31T10:00:00.000Z', dunningAttempt: 0 });
    expect((await invoiceOf(pastDue.latestInvoiceId)).status).toBe('issued');
    await expect(runAt('2030-04-01T09:59:00.000Z', new RetrySubscriptionCharge(id, 1))).rejects.toMatchObject({
      code: 'SUBSCRIPTION_CHARGE_NOT_YET_DUE',
    });
    await runAt('2030-04-01T10:00:00.000Z', new RetrySubscriptionCharge(id, 1));
    expect(await subscriptionOf(id)).toMatchObject({ status: 'past_due', dunningAttempt: 1 });

    // She pays the open invoice with a new card; the next retry finds it paid and recovers without charging again.
    await asAlice
      .post(`${BILLING}/payments`)
      .set('Idempotency-Key', randomUUID())
      .send({ invoiceId: pastDue.latestInvoiceId, paymentMethodId: await card(asAlice) })
      .expect(201);
    await runAt('2030-04-03T10:00:00.000Z', new RetrySubscriptionCharge(id, 2));
    expect(await subscriptionOf(id)).toMatchObject({
      status: 'active',
      dunningAttempt: 0,
      pastDueSince: null,
      latestInvoiceId: pastDue.latestInvoiceId,
    });

    // A delivery of a period end it moved past, and a stale retry, change nothing.
    await runAt('2030-04-03T10:00:00.000Z', new RenewSubscription(id, new Date('2030-03-31T10:00:00.000Z')));
    await runAt('2030-04-05T10:00:00.000Z', new RetrySubscriptionCharge(id, 3));
    expect((await subscriptionOf(id)).version).toBe(5);

    const payments = await accountant.get(`${BILLING}/payments?customerId=${alice.userId}&limit=100`).expect(200);
    expect(payments.body.items.filter((payment: { status: string }) => payment.status === 'succeeded')).toHaveLength(3);
    expect(await publishedAbout(id)).toEqual([
      'billing.subscription-started',
      'billing.subscription-renewed',
      'billing.subscription-past-due',
      'billing.subscription-renewed',
    ]);
  });

  it('duns a subscription whose card is declined on days 1, 3 and 5, then cancels it', async () => {
    clock.set('2030-01-15T08:00:00.000Z');
    const { agent: asFrank } = await aCustomer();
    const declined = await card(asFrank, 'pm_card_declined');

    const started = await subscribe(asFrank, 'pro', declined).expect(201);
    const id = started.body.id;
    expect(started.body).toMatchObject({ status: 'past_due', pastDueSince: '2030-01-15T08:00:00.000Z' });

    for (const [attempt, day] of [
      [1, 1],
      [2, 3],
      [3, 5],
    ]) {
      await runAt(new Date(Date.parse('2030-01-15T08:00:00.000Z') + day * DAY), new RetrySubscriptionCharge(id, attempt));
    }

    expect(await subscriptionOf(id)).toMatchObject({ status: 'canceled', canceledAt: '2030-01-20T08:00:00.000Z', dunningAttempt: 3 });
    expect((await invoiceOf(started.body.latestInvoiceId)).status).toBe('issued');
    expect(await publishedAbout(id)).toEqual([
      'billing.subscription-started',
      'billing.subscription-past-due',
      'billing.subscription-canceled',
    ]);
  });

  it('cancels at the period end: a trial asked to end is canceled at its end, never invoiced', async () => {
    clock.set('2030-01-31T10:00:00.000Z');
    const bob = await card(asBob);
    const started = await subscribe(asBob, 'trial', bob).expect(201);
    expect(started.body).toMatchObject({ status: 'trialing', currentPeriodEnd: '2030-02-14T10:00:00.000Z', latestInvoiceId: null });

    const asked = await asBob.post(`${BILLING}/subscriptions/${started.body.id}/cancel`).send({ atPeriodEnd: true }).expect(200);
    expect(asked.body).toMatchObject({ status: 'trialing', cancelAtPeriodEnd: true, canceledAt: null });

    await runAt('2030-02-14T10:00:00.000Z', new RenewSubscription(started.body.id, new Date('2030-02-14T10:00:00.000Z')));

    expect(await subscriptionOf(started.body.id)).toMatchObject({
      status: 'canceled',
      canceledAt: '2030-02-14T10:00:00.000Z',
      latestInvoiceId: null,
    });
    expect((await asBob.get(`${BILLING}/invoices`).expect(200)).body.total).toBe(0);
    expect(await publishedAbout(started.body.id)).toEqual(['billing.subscription-started', 'billing.subscription-canceled']);
  });

  it('cancels immediately, without proration, once; staff may cancel anybody’s', async () => {
    clock.set('2030-05-10T00:00:00.000Z');
    const { agent: asCarol } = await aCustomer();
    const mine = (await subscribe(asCarol, 'pro', await card(asCarol)).expect(201)).body;
    const other = (await subscribe(asBob, 'pro', await card(asBob)).expect(201)).body;

    const canceled = await asCarol.post(`${BILLING}/subscriptions/${mine.id}/cancel`).send({ atPeriodEnd: false }).expect(200);

    expect(canceled.body).toMatchObject({
      status: 'canceled',
      canceledAt: '2030-05-10T00:00:00.000Z',
      currentPeriodEnd: '2030-06-10T00:00:00.000Z',
    });
    expect((await invoiceOf(mine.latestInvoiceId)).status).toBe('paid');
    expectProblem(
      await asCarol.post(`${BILLING}/subscriptions/${mine.id}/cancel`).send({ atPeriodEnd: true }),
      409,
      'SUBSCRIPTION_NOT_CANCELABLE',
    );
    await accountant.post(`${BILLING}/subscriptions/${other.id}/cancel`).send({ atPeriodEnd: false }).expect(200);
  });

  it("keeps a customer to their own subscriptions: another's is not found, listing another's is forbidden", async () => {
    clock.set('2030-06-01T00:00:00.000Z');
    const { agent: asDave, user: dave } = await aCustomer();
    const theirs = (await subscribe(asDave, 'pro', await card(asDave)).expect(201)).body;

    expectProblem(await asBob.get(`${BILLING}/subscriptions/${theirs.id}`), 404, 'SUBSCRIPTION_NOT_FOUND');
    expectProblem(
      await asBob.post(`${BILLING}/subscriptions/${theirs.id}/cancel`).send({ atPeriodEnd: false }),
      404,
      'SUBSCRIPTION_NOT_FOUND',
    );
    expectProblem(await asBob.get(`${BILLING}/subscriptions?customerId=${dave.userId}`), 403, 'PERMISSION_DENIED');
    const bobs = (await asBob.get(`${BILLING}/subscriptions`).expect(200)).body;
    expect(bobs.items.every((subscription: { customerId: string }) => subscription.customerId !== dave.userId)).toBe(true);
    const alices = (await accountant.get(`${BILLING}/subscriptions?customerId=${dave.userId}&status=active`).expect(200)).body;
    expect(alices.items.map((subscription: { id: string }) => subscription.id)).toContain(theirs.id);
    expect((await asDave.get(`${BILLING}/subscriptions/${theirs.id}`).expect(200)).body.id).toBe(theirs.id);
  });

  it('subscribes once per Idempotency-Key and refuses a second live subscription to the same plan', async () => {
    clock.set('2030-07-01T00:00:00.000Z');
    const { agent: asErin, user: erin } = await aCustomer();
    const method = await card(asErin);
    const requestKey = randomUUID();

    const first = await subscribe(asErin, 'pro', method, requestKey).expect(201);
    const retried = await subscribe(asErin, 'pro', method, requestKey).expect(201);

    expect(retried.body.id).toBe(first.body.id);
    const payments = await accountant.get(`${BILLING}/payments?customerId=${erin.userId}`).expect(200);
    expect(payments.body.total).toBe(1);
    expectProblem(await subscribe(asErin, 'pro', method), 409, 'SUBSCRIPTION_ALREADY_EXISTS');
    expect((await asErin.get(`${BILLING}/subscriptions`).expect(200)).body.total).toBe(1);
    expectProblem(
      await asErin.post(`${BILLING}/subscriptions`).send({ planCode: 'trial', paymentMethodId: method }),
      400,
      'VALIDATION_FAILED',
    );

    await asErin.post(`${BILLING}/subscriptions/${first.body.id}/cancel`).send({ atPeriodEnd: false }).expect(200);
    await subscribe(asErin, 'pro', method).expect(201);
  });

  it('refuses what cannot start a subscription: an unknown or closed plan, a card that is not yours', async () => {
    const alices = await card(asAlice);
    expectProblem(await subscribe(asAlice, 'nope', alices), 404, 'PLAN_NOT_FOUND');
    expectProblem(await subscribe(asBob, 'pro', alices), 404, 'PAYMENT_METHOD_NOT_FOUND');
    await accountant
      .post(`${BILLING}/plans`)
      .send({ code: 'closed', name: 'Closed', price: { amount: 100, currency: 'EUR' }, interval: 'month', active: false })
      .expect(201);
    expectProblem(await subscribe(asAlice, 'closed', alices), 409, 'PLAN_INACTIVE');
  });

  it('answers 400 for a malformed request and 401 without a token', async () => {
    expectProblem(await subscribe(asAlice, 'Not A Code', UNKNOWN), 400, 'VALIDATION_FAILED');
    expectProblem(
      await asAlice.post(`${BILLING}/subscriptions`).set('Idempotency-Key', randomUUID()).send({ planCode: 'pro' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await asAlice.post(`${BILLING}/subscriptions/${UNKNOWN}/cancel`).send({}), 400, 'VALIDATION_FAILED');
    expectProblem(await asAlice.get(`${BILLING}/subscriptions/not-a-uuid`), 400, 'VALIDATION_FAILED');
    expectProblem(await asAlice.get(`${BILLING}/subscriptions?status=paused`), 400, 'VALIDATION_FAILED');
    expectProblem(await asAlice.get(`${BILLING}/plans/NOT_A_CODE`), 400, 'VALIDATION_FAILED');
    expectProblem(await request(t.url).get(`${BILLING}/subscriptions`), 401, 'UNAUTHENTICATED');
    expectProblem(await request(t.url).get(`${BILLING}/plans`), 401, 'UNAUTHENTICATED');
  });
});
