import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { logIn, SignedIn, signUp } from '../support/auth';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const BILLING = '/api/v1/billing';
/** Time to charge and close the first app before the confirmation is due. */
const THREE_DS_DELAY_MS = 4_000;

/**
 * On the embedded database the sandbox answers from memory and writes its records once the caller's transaction lets
 * go of the one session; a graceful close writes what is left. The next app on the same data directory sends the
 * 3-D Secure confirmation the first one left pending and refunds a charge the first one made.
 */
describe('the sandbox provider across a restart, on the embedded database', () => {
  let dataDir: string;
  let t: TestApp | undefined;
  let alice: SignedIn;
  let accountant: SignedIn;
  const start = () => startTestApp({ DATA_DIR: dataDir, SANDBOX_3DS_DELAY_MS: String(THREE_DS_DELAY_MS) });
  const as = (who: SignedIn) => request.agent(t!.url).set(who.headers);

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'promenade-sandbox-'));
  });

  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function paid(token: string) {
    const lines = [{ description: 'Consulting', quantity: 1, unitPrice: { amount: 1000, currency: 'EUR' }, taxRate: 0 }];
    const { body: invoice } = await as(accountant)
      .post(`${BILLING}/invoices`)
      .send({ customerId: alice.userId, currency: 'EUR', lines })
      .expect(201);
    await as(accountant).post(`${BILLING}/invoices/${invoice.id}/issue`).expect(200);
    const { body: method } = await as(alice).post(`${BILLING}/payment-methods`).send({ token, label: token }).expect(201);
    const { body: payment } = await as(alice)
      .post(`${BILLING}/payments`)
      .set('Idempotency-Key', randomUUID())
      .send({ invoiceId: invoice.id, paymentMethodId: method.id })
      .expect(201);
    return payment;
  }

  it('confirms in the next app a 3-D Secure charge the closed one made, and refunds a charge it made', async () => {
    t = await start();
    alice = await signUp(t);
    accountant = await signUp(t, { roles: ['billing'] });
    const confirming = await paid('pm_card_3ds');
    const captured = await paid('pm_card_ok');
    await t.close();
    const closedAt = Date.now();

    expect(confirming.status).toBe('requires_action');
    expect(captured.status).toBe('succeeded');
    expect(closedAt - new Date(confirming.createdAt).getTime()).toBeLessThan(THREE_DS_DELAY_MS); // the next app confirms it

    t = await start();
    alice = { ...alice, ...(await logIn(t, alice.email, alice.password)) };
    accountant = { ...accountant, ...(await logIn(t, accountant.email, accountant.password)) };
    const paymentOf = async (id: string) => (await as(alice).get(`${BILLING}/payments/${id}`).expect(200)).body;
    await eventually(async () => ((await paymentOf(confirming.id)).status === 'succeeded' ? true : undefined), 20_000);
    expect((await as(accountant).get(`${BILLING}/invoices/${confirming.invoiceId}`).expect(200)).body.status).toBe('paid');

    const { body: refunded } = await as(accountant)
      .post(`${BILLING}/payments/${captured.id}/refund`)
      .set('Idempotency-Key', randomUUID())
      .send({})
      .expect(200);
    expect(refunded.payment).toMatchObject({ status: 'succeeded', refundedAmount: { amount: 1000, currency: 'EUR' } });
    const { body: creditNote } = await as(accountant).get(`${BILLING}/invoices/${refunded.creditNoteId}`).expect(200);
    expect(creditNote).toMatchObject({ kind: 'credit_note', status: 'issued' });
  }, 120_000);
});
