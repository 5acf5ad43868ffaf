import { PaymentReconciliationDue } from '../../domain/events/payment-reconciliation-due.event';
import { Payment } from '../../domain/payment/payment.aggregate';
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

  it.each(['unknown', 'timeout'] as const)('schedules the next reconciliation when the provider answers %s', async (answer) => {
    fixture.provider.statusAnswer = answer;
    fixture.clock.advance(60_000);
    await handler.execute(new ReconcilePayment(payment.id, 1));
    const [due] = fixture.payments.published as PaymentReconciliationDue[];
    expect(due.payload.attempt).toBe(2);
    expect(due.metadata.deliverAt).toBe('2026-01-01T00:02:00.000Z');
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
