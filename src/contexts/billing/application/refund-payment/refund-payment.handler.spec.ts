import { PaymentRefunded } from '../../domain/events/payment-refunded.event';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { Payment } from '../../domain/payment/payment.aggregate';
import { settlePayment } from '../../domain/payment/settle-payment';
import { InMemoryInvoiceNumbering } from '../testing/in-memory-invoice-numbering';
import { IssueCreditNote } from '../issue-credit-note/issue-credit-note.command';
import { ADA, eur, PaymentFixture } from '../testing/payment-fixture';
import { RefundPayment } from './refund-payment.command';
import { RefundPaymentHandler } from './refund-payment.handler';

describe('RefundPaymentHandler', () => {
  let fixture: PaymentFixture;
  let handler: RefundPaymentHandler;
  let payment: Payment;

  beforeEach(async () => {
    fixture = new PaymentFixture();
    handler = new RefundPaymentHandler(fixture.payments, fixture.invoices, fixture.provider, fixture.commands, fixture.clock);
    const invoice = await fixture.issuedInvoice(ADA, 1000);
    payment = Payment.start(
      { invoiceId: invoice.id, customerId: ADA, paymentMethodId: ADA, amount: eur(1000), idempotencyKey: 'k' },
      fixture.clock.now(),
    );
    settlePayment(payment, invoice, { status: 'succeeded', providerReference: 'ch_1' }, fixture.clock.now());
    await fixture.payments.save(payment);
    await fixture.invoices.save(invoice);
  });

  it('refunds at the provider, records it and issues a credit note for the invoice', async () => {
    await handler.execute(new RefundPayment(payment.id, 'r1', eur(300)));
    expect(fixture.provider.refunds).toEqual([expect.objectContaining({ providerReference: 'ch_1', amount: eur(300) })]);
    expect((await fixture.payments.getById(payment.id)).refundedAmount.equals(eur(300))).toBe(true);
    expect(fixture.payments.published.at(-1)).toBeInstanceOf(PaymentRefunded);
    expect(fixture.sent).toEqual([
      new IssueCreditNote({ invoiceId: payment.invoiceId, amount: eur(300), reason: `Refund of payment ${payment.id}` }),
    ]);
  });

  it("gives the credit note the requester's reason beside the payment it refunds", async () => {
    await handler.execute(new RefundPayment(payment.id, 'r1', undefined, 'order cancelled'));
    expect(fixture.sent).toEqual([
      new IssueCreditNote({ invoiceId: payment.invoiceId, amount: eur(1000), reason: `Refund of payment ${payment.id}: order cancelled` }),
    ]);
  });

  it('locks the payment before it checks the refund and asks the provider, never reading it unlocked', async () => {
    const [lock, read, refund] = [
      jest.spyOn(fixture.payments, 'lockById'),
      jest.spyOn(fixture.payments, 'getById'),
      jest.spyOn(fixture.provider, 'refund'),
    ];
    await handler.execute(new RefundPayment(payment.id, 'r1', eur(300)));
    expect(lock).toHaveBeenCalledWith(payment.id);
    expect(read).not.toHaveBeenCalled();
    expect(lock.mock.invocationCallOrder[0]).toBeLessThan(refund.mock.invocationCallOrder[0]);
  });

  it("refunds everything left when no amount is named, each refund under its request's provider key", async () => {
    await handler.execute(new RefundPayment(payment.id, 'r1', eur(300)));
    await handler.execute(new RefundPayment(payment.id, 'r2'));
    const [first, rest] = fixture.provider.refunds;
    expect(rest.amount.equals(eur(700))).toBe(true);
    expect([first.idempotencyKey, rest.idempotencyKey]).toEqual(['r1', 'r2']);
  });

  it('asks again under the same key when a refund is retried after the provider did not answer', async () => {
    fixture.provider.refundAnswer = 'timeout';
    await expect(handler.execute(new RefundPayment(payment.id, 'r1', eur(300)))).rejects.toMatchObject({ code: 'REFUND_NOT_CONFIRMED' });
    fixture.provider.refundAnswer = { status: 'succeeded', providerReference: 're_1' };
    await handler.execute(new RefundPayment(payment.id, 'r1', eur(300)));
    expect(fixture.provider.refunds.map((r) => r.idempotencyKey)).toEqual(['r1', 'r1']);
  });

  it('refuses more than captured less refunded before asking the provider (REFUND_EXCEEDS_CAPTURED)', async () => {
    await expect(handler.execute(new RefundPayment(payment.id, 'r1', eur(1001)))).rejects.toMatchObject({
      code: 'REFUND_EXCEEDS_CAPTURED',
    });
    expect(fixture.provider.refunds).toEqual([]);
  });

  it('refuses a refund its invoice cannot credit (CREDIT_EXCEEDS_CREDITABLE) before asking the provider', async () => {
    const invoice = await fixture.invoices.getById(payment.invoiceId);
    await Invoice.creditNoteFor(invoice, eur(800), 'goodwill', new InMemoryInvoiceNumbering(), fixture.clock.now());
    await fixture.invoices.save(invoice);
    await expect(handler.execute(new RefundPayment(payment.id, 'r1', eur(300)))).rejects.toMatchObject({
      code: 'CREDIT_EXCEEDS_CREDITABLE',
    });
    expect(fixture.provider.refunds).toEqual([]);
  });

  it('records nothing when the provider declines (REFUND_DECLINED) or does not answer (REFUND_NOT_CONFIRMED)', async () => {
    fixture.provider.refundAnswer = { status: 'failed', providerReference: 're_1', failureReason: 'charge_unknown' };
    await expect(handler.execute(new RefundPayment(payment.id, 'r2'))).rejects.toMatchObject({ code: 'REFUND_DECLINED' });
    fixture.provider.refundAnswer = 'timeout';
    await expect(handler.execute(new RefundPayment(payment.id, 'r2'))).rejects.toMatchObject({ code: 'REFUND_NOT_CONFIRMED' });
    expect((await fixture.payments.getById(payment.id)).refundedAmount.equals(eur(0))).toBe(true);
    expect(fixture.sent).toEqual([]);
  });
});
