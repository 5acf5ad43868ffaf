import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { signatureFor } from '../../src/contexts/billing/infrastructure/payments/promenade-signature';
import { SignedIn, signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const SECRET = 'e2e-webhook-secret-of-at-least-32-characters';
const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
const BILLING = '/api/v1/billing';
type Agent = ReturnType<typeof request.agent>;

describe('Billing payments through HTTP, on the sandbox provider', () => {
  let t: TestApp;
  let alice: SignedIn;
  let asAlice: Agent;
  let asBob: Agent;
  /** The accountant (system role `billing`): issues invoices, reads every payment, refunds. */
  let accountant: Agent;

  beforeAll(async () => {
    t = await startTestApp({
      PAYMENT_WEBHOOK_SECRET: SECRET,
      PAYMENT_PROVIDER_TIMEOUT_MS: '300',
      PAYMENT_RECONCILE_AFTER_SECONDS: '0.5',
      // Long enough to try a second charge and a void while the first still requires action.
      SANDBOX_3DS_DELAY_MS: '2000',
      OUTBOX_POLL_MS: '100',
    });
    alice = await signUp(t);
    asAlice = request.agent(t.url).set(alice.headers);
    asBob = request.agent(t.url).set((await signUp(t)).headers);
    accountant = request.agent(t.url).set((await signUp(t, { roles: ['billing'] })).headers);
  }, 120_000);

  afterAll(() => t?.close());

  /** An issued invoice of Alice's for 10.00 EUR (no tax). */
  async function invoice(amount = 1000): Promise<string> {
    const lines = [{ description: 'Consulting', quantity: 1, unitPrice: { amount, currency: 'EUR' }, taxRate: 0 }];
    const { body } = await accountant.post(`${BILLING}/invoices`).send({ customerId: alice.userId, currency: 'EUR', lines }).expect(201);
    await accountant.post(`${BILLING}/invoices/${body.id}/issue`).expect(200);
    return body.id;
  }

  async function method(token: string, agent = asAlice): Promise<string> {
    const { body } = await agent
      .post(`${BILLING}/payment-methods`)
      .send({ token, label: `Card ${token}` })
      .expect(201);
    return body.id;
  }

  const pay = (invoiceId: string, paymentMethodId: string, amount?: number, key = randomUUID()) =>
    asAlice
      .post(`${BILLING}/payments`)
      .set('Idempotency-Key', key)
      .send({ invoiceId, paymentMethodId, ...(amount === undefined ? {} : { amount: { amount, currency: 'EUR' } }) });

  const refund = (paymentId: string, amount?: number, key = randomUUID(), agent = accountant) =>
    agent
      .post(`${BILLING}/payments/${paymentId}/refund`)
      .set('Idempotency-Key', key)
      .send(amount === undefined ? {} : { amount: { amount, currency: 'EUR' } });

  const invoiceOf = async (id: string) => (await accountant.get(`${BILLING}/invoices/${id}`).expect(200)).body;
  const paymentOf = async (id: string) => (await asAlice.get(`${BILLING}/payments/${id}`).expect(200)).body;

  it('pays with pm_card_ok: the payment succeeds and the invoice is paid', async () => {
    const invoiceId = await invoice();
    const { body } = await pay(invoiceId, await method('pm_card_ok')).expect(201);
    expect(body).toMatchObject({ invoiceId, status: 'succeeded', amount: { amount: 1000, currency: 'EUR' }, failureReason: null });
    expect(body.createdAt).toEqual(expect.any(String));
    expect((await invoiceOf(invoiceId)).status).toBe('paid');
  });

  it('answers a declined card with a failed payment and its reason, the invoice still open', async () => {
    const invoiceId = await invoice();
    const { body } = await pay(invoiceId, await method('pm_card_declined')).expect(201);
    expect(body).toMatchObject({ status: 'failed', failureReason: 'card_declined' });
    expect((await invoiceOf(invoiceId)).status).toBe('issued');
  });

  it('leaves pm_card_3ds requiring action until the sandbox webhook confirms it', async () => {
    const invoiceId = await invoice();
    const { body } = await pay(invoiceId, await method('pm_card_3ds')).expect(201);
    expect(body.status).toBe('requires_action');
    await eventually(async () => ((await paymentOf(body.id)).status === 'succeeded' ? true : undefined), 10_000);
    expect((await invoiceOf(invoiceId)).status).toBe('paid');
  });

  it('refuses a second charge and a void while a payment still requires action (409), then lets it pay the invoice', async () => {
    const invoiceId = await invoice();
    const { body } = await pay(invoiceId, await method('pm_card_3ds')).expect(201);
    expect(body.status).toBe('requires_action');
    expectProblem(await pay(invoiceId, await method('pm_card_ok')), 409, 'INVOICE_PAYMENT_OPEN');
    expectProblem(await accountant.post(`${BILLING}/invoices/${invoiceId}/void`), 409, 'INVOICE_PAYMENT_OPEN');
    await eventually(async () => ((await paymentOf(body.id)).status === 'succeeded' ? true : undefined), 10_000);
    expect((await invoiceOf(invoiceId)).status).toBe('paid');
    expect((await asAlice.get(`${BILLING}/payments`).query({ invoiceId }).expect(200)).body.total).toBe(1);
  });

  it('keeps an unanswered charge (pm_card_timeout) pending, then settles it by reconciliation', async () => {
    const invoiceId = await invoice();
    const { body } = await pay(invoiceId, await method('pm_card_timeout')).expect(201);
    expect(body.status).toBe('pending');
    await eventually(async () => ((await paymentOf(body.id)).status === 'succeeded' ? true : undefined), 15_000);
    expect((await invoiceOf(invoiceId)).status).toBe('paid');
  });

  it('takes partial payments up to the open amount, and refuses more (422)', async () => {
    const invoiceId = await invoice();
    const card = await method('pm_card_ok');
    await pay(invoiceId, card, 400).expect(201);
    expect(await invoiceOf(invoiceId)).toMatchObject({ status: 'partially_paid' });
    expectProblem(await pay(invoiceId, card, 601), 422, 'PAYMENT_EXCEEDS_BALANCE');
    await pay(invoiceId, card, 600).expect(201);
    expect((await invoiceOf(invoiceId)).status).toBe('paid');
  });

  it('answers a retried request (same Idempotency-Key) with the first payment, charging once', async () => {
    const invoiceId = await invoice();
    const card = await method('pm_card_ok');
    const key = randomUUID();
    const first = await pay(invoiceId, card, 100, key).expect(201);
    const again = await pay(invoiceId, card, 100, key).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect((await asAlice.get(`${BILLING}/payments`).query({ invoiceId }).expect(200)).body.total).toBe(1);
  });

  it('refuses a payment without Idempotency-Key (400 naming the header)', async () => {
    const response = await asAlice
      .post(`${BILLING}/payments`)
      .send({ invoiceId: await invoice(), paymentMethodId: await method('pm_card_ok') });
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.stringContaining('required') }]);
  });

  it('refunds in part and in full, each with a credit note, and never more than captured (422)', async () => {
    const invoiceId = await invoice();
    const { body: payment } = await pay(invoiceId, await method('pm_card_ok')).expect(201);

    const partial = await refund(payment.id, 300);
    expect(partial.status).toBe(200);
    expect(partial.body.payment.refundedAmount).toEqual({ amount: 300, currency: 'EUR' });
    expect(await invoiceOf(partial.body.creditNoteId)).toMatchObject({
      kind: 'credit_note',
      status: 'issued',
      creditedInvoiceId: invoiceId,
    });

    expectProblem(await refund(payment.id, 701), 422, 'REFUND_EXCEEDS_CAPTURED');

    const rest = await refund(payment.id).expect(200);
    expect(rest.body.payment.refundedAmount).toEqual({ amount: 1000, currency: 'EUR' });
    expectProblem(await refund(payment.id, undefined, randomUUID(), asAlice), 403, 'PERMISSION_DENIED');
  });

  it('answers a retried refund (same Idempotency-Key) with the first, refunding and crediting once; refuses one without a key', async () => {
    const invoiceId = await invoice();
    const { body: payment } = await pay(invoiceId, await method('pm_card_ok')).expect(201);
    const key = randomUUID();
    const first = await refund(payment.id, 300, key).expect(200);
    const again = await refund(payment.id, 300, key).expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.creditNoteId).toBe(first.body.creditNoteId);
    expect((await paymentOf(payment.id)).refundedAmount).toEqual({ amount: 300, currency: 'EUR' });
    expect((await invoiceOf(invoiceId)).amountCredited).toEqual({ amount: 300, currency: 'EUR' });
    const keyless = await accountant.post(`${BILLING}/payments/${payment.id}/refund`).send({});
    expectProblem(keyless, 400, 'VALIDATION_FAILED');
    expect(keyless.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.stringContaining('required') }]);
  });

  it("hides one customer's payments, methods and invoices from another (404), and lists only their own", async () => {
    const invoiceId = await invoice();
    const card = await method('pm_card_ok');
    const { body: payment } = await pay(invoiceId, card).expect(201);

    expectProblem(await asBob.get(`${BILLING}/payments/${payment.id}`), 404, 'PAYMENT_NOT_FOUND');
    expectProblem(await asBob.delete(`${BILLING}/payment-methods/${card}`), 404, 'PAYMENT_METHOD_NOT_FOUND');
    const bobsCard = await method('pm_card_ok', asBob);
    const bobPays = await asBob
      .post(`${BILLING}/payments`)
      .set('Idempotency-Key', randomUUID())
      .send({ invoiceId, paymentMethodId: bobsCard });
    expectProblem(bobPays, 404, 'INVOICE_NOT_FOUND');
    expectProblem(await pay(await invoice(), bobsCard), 404, 'PAYMENT_METHOD_NOT_FOUND');
    expect((await asBob.get(`${BILLING}/payments`).expect(200)).body.total).toBe(0);
    expect((await accountant.get(`${BILLING}/payments/${payment.id}`).expect(200)).body.id).toBe(payment.id);
    expectProblem(await asAlice.get(`${BILLING}/payments/${UNKNOWN}`), 404, 'PAYMENT_NOT_FOUND');
  });

  it('lists and removes payment methods; a removed one can no longer pay', async () => {
    const card = await method('pm_card_ok');
    const listed = (await asAlice.get(`${BILLING}/payment-methods`).query({ limit: 100 }).expect(200)).body;
    expect(listed.items.map((m: { id: string }) => m.id)).toContain(card);
    await asAlice.delete(`${BILLING}/payment-methods/${card}`).expect(204);
    expectProblem(await pay(await invoice(), card), 404, 'PAYMENT_METHOD_NOT_FOUND');
    expectProblem(
      await asAlice.post(`${BILLING}/payment-methods`).send({ token: 'pm_4242424242424242', label: 'x' }),
      422,
      'PAYMENT_METHOD_INVALID',
    );
  });

  describe('webhooks', () => {
    const webhook = (body: string, signature = signatureFor(SECRET, body, new Date())) =>
      request(t.url)
        .post(`${BILLING}/webhooks/sandbox`)
        .set('content-type', 'application/json')
        .set('Promenade-Signature', signature)
        .send(body);

    it('acts on a replayed event once: the replay answers 200 and changes nothing', async () => {
      const invoiceId = await invoice();
      const { body: payment } = await pay(invoiceId, await method('pm_card_ok'), 500).expect(201);
      const confirmation = JSON.stringify({
        id: `evt_${randomUUID()}`,
        type: 'payment.succeeded',
        data: { providerReference: payment.providerReference },
      });

      const first = await webhook(confirmation).expect(200);
      expect(first.body).toEqual({ processed: true });
      const version = (await paymentOf(payment.id)).version;
      expect((await webhook(confirmation).expect(200)).body).toEqual({ processed: false });
      expect((await paymentOf(payment.id)).version).toBe(version);
      expect((await invoiceOf(invoiceId)).status).toBe('partially_paid');
    });

    it('refuses a bad signature and a stale one with 400, changing nothing', async () => {
      const body = JSON.stringify({ id: `evt_${randomUUID()}`, type: 'payment.failed', data: { providerReference: 'ch_x' } });
      expectProblem(
        await webhook(body, signatureFor('another-secret-of-at-least-32-characters', body, new Date())),
        400,
        'VALIDATION_FAILED',
      );
      const stale = await webhook(body, signatureFor(SECRET, body, new Date(Date.now() - 301_000)));
      expectProblem(stale, 400, 'VALIDATION_FAILED');
      expect(stale.body.errors).toEqual([{ field: 'Promenade-Signature', message: expect.stringContaining('300 seconds old') }]);
      expectProblem(await request(t.url).post(`${BILLING}/webhooks/sandbox`).send({ id: 'evt' }), 400, 'VALIDATION_FAILED');
      expectProblem(await request(t.url).post(`${BILLING}/webhooks/acme`).send({}), 404, 'WEBHOOK_PROVIDER_UNKNOWN');
    });
  });
});
