import { QueryBus } from '@nestjs/cqrs';
import { TransactionalCommandBus } from '@promenade/platform';
import { Client } from 'pg';
import { ChargeInvoice } from '../../src/contexts/billing/application/charge-invoice/charge-invoice.command';
import { ConfirmPayment } from '../../src/contexts/billing/application/confirm-payment/confirm-payment.command';
import { CreateInvoice } from '../../src/contexts/billing/application/create-invoice/create-invoice.command';
import { CreatePaymentMethod } from '../../src/contexts/billing/application/create-payment-method/create-payment-method.command';
import { GetPayment } from '../../src/contexts/billing/application/get-payment/get-payment.query';
import { IssueInvoice } from '../../src/contexts/billing/application/issue-invoice/issue-invoice.command';
import { signatureFor } from '../../src/contexts/billing/infrastructure/payments/promenade-signature';
import { AppContextOnPostgres, startAppContextOnPostgres } from '../support/app-context';

const SECRET = 'integration-webhook-secret-of-32-characters-or-more';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

/**
 * Webhooks on the real PostgreSQL with a pool of several connections: the same provider event delivered five times,
 * three of them at once, settles its payment once (the webhook_events row is inserted in the transaction of the
 * effect; a concurrent insert of the same key waits for it, then inserts nothing); refused ones change nothing.
 */
describe('payment webhooks on PostgreSQL', () => {
  let service: AppContextOnPostgres;
  let commands: TransactionalCommandBus;
  let queries: QueryBus;
  let observer: Client;

  beforeAll(async () => {
    // The test delivers the confirmation itself: the sandbox's own comes long after.
    service = await startAppContextOnPostgres({ PAYMENT_WEBHOOK_SECRET: SECRET, SANDBOX_3DS_DELAY_MS: '600000' });
    commands = service.app.get(TransactionalCommandBus);
    queries = service.app.get(QueryBus);
    observer = service.observer;
  }, 120_000);

  afterAll(() => service?.close());

  /** A 3-D Secure charge of a fresh 10.00 EUR invoice, waiting for its webhook: the payment id and the provider's reference. */
  async function awaitingConfirmation(): Promise<{ invoiceId: string; paymentId: string; providerReference: string }> {
    const lines = [{ description: 'Consulting', quantity: 1, unitPrice: { amount: 1000, currency: 'EUR' }, taxRate: 0 }];
    const invoiceId = await commands.execute(new CreateInvoice({ customerId: CUSTOMER, currency: 'EUR', lines }));
    await commands.execute(new IssueInvoice(invoiceId));
    const methodId = await commands.execute(new CreatePaymentMethod(CUSTOMER, 'pm_card_3ds', 'Card needing confirmation'));
    const { paymentId, status } = await commands.execute(new ChargeInvoice(invoiceId, methodId, `test:${invoiceId}`));
    expect(status).toBe('requires_action');
    const { providerReference } = await queries.execute(new GetPayment(paymentId));
    return { invoiceId, paymentId, providerReference: providerReference! };
  }

  const confirmation = (eventId: string, providerReference: string) =>
    JSON.stringify({ id: eventId, type: 'payment.succeeded', data: { providerReference } });
  const deliver = (body: string, signedAt = new Date(), secret = SECRET) =>
    commands.execute(new ConfirmPayment('sandbox', { 'promenade-signature': signatureFor(secret, body, signedAt) }, body));

  async function state(invoiceId: string, paymentId: string) {
    const [payment] = (await observer.query('SELECT status, version FROM billing.payments WHERE id = $1', [paymentId])).rows;
    const [invoice] = (await observer.query('SELECT status, amount_paid FROM billing.invoices WHERE id = $1', [invoiceId])).rows;
    const { rows: succeeded } = await observer.query(
      `SELECT 1 FROM messaging.outbox WHERE event_name = 'billing.payment-succeeded' AND aggregate_id = $1`,
      [paymentId],
    );
    return { payment, invoice, succeededEvents: succeeded.length };
  }

  it('settles once for the same event id sent five times, three of them at once', async () => {
    const { invoiceId, paymentId, providerReference } = await awaitingConfirmation();
    const body = confirmation(`evt_${paymentId}`, providerReference);

    const concurrent = await Promise.all([deliver(body), deliver(body), deliver(body)]);
    const sequential = [await deliver(body), await deliver(body)];

    expect([...concurrent, ...sequential].filter((processed) => processed)).toHaveLength(1);
    expect(await state(invoiceId, paymentId)).toEqual({
      payment: { status: 'succeeded', version: 2 },
      invoice: { status: 'paid', amount_paid: '1000' },
      succeededEvents: 1,
    });
    const { rows } = await observer.query('SELECT provider, event_id FROM billing.webhook_events WHERE event_id = $1', [
      `evt_${paymentId}`,
    ]);
    expect(rows).toEqual([{ provider: 'sandbox', event_id: `evt_${paymentId}` }]);
  });

  it('refuses a bad signature and a stale timestamp, recording and changing nothing', async () => {
    const { invoiceId, paymentId, providerReference } = await awaitingConfirmation();
    const body = confirmation(`evt_refused_${paymentId}`, providerReference);
    const before = await state(invoiceId, paymentId);

    await expect(deliver(body, new Date(), 'another-secret-of-at-least-32-characters')).rejects.toThrow(/does not match/);
    await expect(deliver(body, new Date(Date.now() - 301_000))).rejects.toThrow(/more than 300 seconds old/);

    expect(await state(invoiceId, paymentId)).toEqual(before);
    expect(before.payment.status).toBe('requires_action');
    const { rows } = await observer.query('SELECT 1 FROM billing.webhook_events WHERE event_id = $1', [`evt_refused_${paymentId}`]);
    expect(rows).toEqual([]);
  });
});
