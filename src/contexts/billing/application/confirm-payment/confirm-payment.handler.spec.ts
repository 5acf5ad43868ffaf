import { WebhookRejected } from '../../domain/payment/payment-provider';
import { Payment } from '../../domain/payment/payment.aggregate';
import { ADA, eur, PaymentFixture } from '../testing/payment-fixture';
import { ConfirmPayment } from './confirm-payment.command';
import { ConfirmPaymentHandler } from './confirm-payment.handler';

describe('ConfirmPaymentHandler', () => {
  let fixture: PaymentFixture;
  let handler: ConfirmPaymentHandler;
  let invoiceId: string;
  let paymentId: string;
  const webhook = () => handler.execute(new ConfirmPayment('sandbox', { 'promenade-signature': 't=1,v1=…' }, '{"id":"evt_1"}'));

  beforeEach(async () => {
    fixture = new PaymentFixture();
    handler = new ConfirmPaymentHandler(fixture.provider, fixture.webhooks, fixture.payments, fixture.invoices, fixture.clock);
    const invoice = await fixture.issuedInvoice(ADA, 1000);
    const payment = Payment.start(
      { invoiceId: invoice.id, customerId: ADA, paymentMethodId: ADA, amount: eur(1000), idempotencyKey: 'k' },
      fixture.clock.now(),
    );
    payment.recordOutcome({ status: 'requires_action', providerReference: 'ch_1' }, fixture.clock.now());
    await fixture.payments.save(payment);
    [invoiceId, paymentId] = [invoice.id, payment.id];
  });

  it('settles the payment the event names and pays its invoice', async () => {
    await expect(webhook()).resolves.toBe(true);
    expect((await fixture.payments.getById(paymentId)).status).toBe('succeeded');
    expect((await fixture.invoices.getById(invoiceId)).status).toBe('paid');
  });

  it('fails the payment with the reason of a payment.failed event, leaving the invoice unpaid', async () => {
    fixture.provider.webhook = { id: 'evt_2', type: 'payment.failed', providerReference: 'ch_1', failureReason: 'authentication_failed' };
    await webhook();
    expect((await fixture.payments.getById(paymentId)).snapshot()).toMatchObject({
      status: 'failed',
      failureReason: 'authentication_failed',
    });
    expect((await fixture.invoices.getById(invoiceId)).status).toBe('issued');
  });

  it('acts on a replayed event id once: the replay answers false and changes nothing', async () => {
    await webhook();
    const after = (await fixture.payments.getById(paymentId)).version;
    await expect(webhook()).resolves.toBe(false);
    expect((await fixture.payments.getById(paymentId)).version).toBe(after);
    expect(fixture.payments.published).toHaveLength(1);
  });

  it('refuses a webhook whose signature the provider rejects, recording nothing', async () => {
    fixture.provider.webhook = new WebhookRejected('Promenade-Signature', 'the signature does not match the body');
    await expect(webhook()).rejects.toBeInstanceOf(WebhookRejected);
    expect(fixture.webhooks.recorded.size).toBe(0);
    expect((await fixture.payments.getById(paymentId)).status).toBe('requires_action');
  });

  it('refuses a webhook for a provider not configured (WEBHOOK_PROVIDER_UNKNOWN)', async () => {
    await expect(handler.execute(new ConfirmPayment('acme', {}, '{}'))).rejects.toMatchObject({ code: 'WEBHOOK_PROVIDER_UNKNOWN' });
  });

  it('refuses an event for a charge it does not know (PAYMENT_NOT_FOUND), so the provider sends it again later', async () => {
    fixture.provider.webhook = { id: 'evt_3', type: 'payment.succeeded', providerReference: 'ch_unknown' };
    await expect(webhook()).rejects.toMatchObject({ code: 'PAYMENT_NOT_FOUND' });
  });

  it('refuses a success it cannot record (an invoice voided meanwhile) with PAYMENT_CAPTURE_UNRECORDED, so it is sent again', async () => {
    const invoice = await fixture.invoices.getById(invoiceId);
    invoice.void(fixture.clock.now());
    await fixture.invoices.save(invoice);
    await expect(webhook()).rejects.toMatchObject({ code: 'PAYMENT_CAPTURE_UNRECORDED' });
  });
});
