import { PaymentReconciliationDue } from '../../domain/events/payment-reconciliation-due.event';
import { Logger } from '@nestjs/common';
import { CHARGE_NOT_FOUND, Payment, RECONCILIATION_ATTEMPTS } from '../../domain/payment/payment.aggregate';
import { ADA, eur, PaymentFixture } from '../testing/payment-fixture';
import { ReconcilePayment } from './reconcile-payment.command';
import { ReconcilePaymentHandler } from './reconcile-payment.handler';

describe('ReconcilePaymentHandler', () => {
  let fixture: PaymentFixture;
  let handler: ReconcilePaymentHandler;
  let payment: Payment;
  let invoiceId: string;

  beforeEach(async () => {
    fixture = new PaymentFixture();
    handler = new ReconcilePaymentHandler(fixture.payments, fixture.invoices, fixture.provider, fixture.clock, fixture.config);
    invoiceId = (await fixture.issuedInvoice(ADA, 1000)).id;
    payment = Payment.start(
      { invoiceId, customerId: ADA, paymentMethodId: ADA, amount: eur(1000), idempotencyKey: 'k' },
      fixture.clock.now(),
    );
    payment.awaitReconciliation(fixture.clock.now(), 60_000);
    await fixture.payments.save(payment);
    fixture.payments.published.length = 0;
  });

  it("settles a pending payment by the provider's status, paying the invoice", async () => {
    fixture.provider.statusAnswer = { status: 'succeeded', providerReference: 'ch_1' };
    await handler.execute(new ReconcilePayment(payment.id, 1));
    expect((await fixture.payments.getById(payment.id)).snapshot()).toMatchObject({ status: 'succeeded', providerReference: 'ch_1' });
    expect((await fixture.invoices.getById(invoiceId)).status).toBe('paid');
  });

  it('keeps a payment pending when the provider does not answer, asking again after twice the delay', async () => {
    fixture.provider.statusAnswer = 'timeout';
    fixture.clock.advance(60_000);
    await handler.execute(new ReconcilePayment(payment.id, 1));
    const [due] = fixture.payments.published as PaymentReconciliationDue[];
    expect(due.payload.attempt).toBe(2);
    expect(due.metadata.deliverAt).toBe('2026-01-01T00:03:00.000Z');
    expect((await fixture.payments.getById(payment.id)).status).toBe('pending');
  });

  it(`never fails a charge for silence: past ${RECONCILIATION_ATTEMPTS} unanswered requests it warns each time and keeps asking`, async () => {
    fixture.provider.statusAnswer = 'timeout';
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    for (let attempt = 1; attempt <= RECONCILIATION_ATTEMPTS + 2; attempt++)
      await handler.execute(new ReconcilePayment(payment.id, attempt));
    expect((await fixture.payments.getById(payment.id)).snapshot()).toMatchObject({
      status: 'pending',
      reconciliationAttempts: RECONCILIATION_ATTEMPTS + 3,
    });
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockRestore();
  });

  it(`fails the payment as ${CHARGE_NOT_FOUND} when the provider answers it never received the charge, the invoice untouched`, async () => {
    fixture.provider.statusAnswer = 'unknown';
    await handler.execute(new ReconcilePayment(payment.id, 1));
    expect((await fixture.payments.getById(payment.id)).snapshot()).toMatchObject({ status: 'failed', failureReason: CHARGE_NOT_FOUND });
    expect((await fixture.invoices.getById(invoiceId)).status).toBe('issued');
  });

  it('does nothing for a payment settled meanwhile, or for an attempt it moved past', async () => {
    fixture.provider.statusAnswer = { status: 'succeeded', providerReference: 'ch_1' };
    await handler.execute(new ReconcilePayment(payment.id, 2));
    expect((await fixture.payments.getById(payment.id)).status).toBe('pending');
    await handler.execute(new ReconcilePayment(payment.id, 1));
    const version = (await fixture.payments.getById(payment.id)).version;
    await handler.execute(new ReconcilePayment(payment.id, 1));
    expect((await fixture.payments.getById(payment.id)).version).toBe(version);
  });
});
