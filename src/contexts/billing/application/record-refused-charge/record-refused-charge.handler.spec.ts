import { PaymentFailed } from '../../domain/events/payment-failed.event';
import { ADA, eur, PaymentFixture } from '../testing/payment-fixture';
import { RecordRefusedCharge } from './record-refused-charge.command';
import { RecordRefusedChargeHandler } from './record-refused-charge.handler';

const METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';

describe('RecordRefusedChargeHandler', () => {
  let fixture: PaymentFixture;
  let handler: RecordRefusedChargeHandler;

  beforeEach(() => {
    fixture = new PaymentFixture();
    handler = new RecordRefusedChargeHandler(fixture.invoices, fixture.payments, fixture.clock);
  });

  it("keeps the refusal as a failed payment of the invoice's open amount under the charge's key, raising PaymentFailed with the code", async () => {
    const invoice = await fixture.issuedInvoice(ADA, 1000);
    await handler.execute(new RecordRefusedCharge(invoice.id, METHOD, 'order:1:charge', 'PAYMENT_METHOD_NOT_FOUND'));

    const payment = await fixture.payments.findByIdempotencyKey('order:1:charge');
    expect(payment?.snapshot()).toMatchObject({
      invoiceId: invoice.id,
      customerId: ADA,
      paymentMethodId: METHOD,
      status: 'failed',
      failureReason: 'PAYMENT_METHOD_NOT_FOUND',
    });
    expect(payment?.amount.equals(eur(1000))).toBe(true);
    const [failed] = fixture.payments.published;
    expect(failed).toBeInstanceOf(PaymentFailed);
    expect((failed as PaymentFailed).payload).toMatchObject({ invoiceId: invoice.id, reason: 'PAYMENT_METHOD_NOT_FOUND' });
    expect(fixture.provider.charges).toEqual([]);
  });

  it('records nothing payable as zero on an invoice that takes no payment', async () => {
    const invoice = await fixture.issuedInvoice(ADA, 1000);
    invoice.void(fixture.clock.now());
    await fixture.invoices.save(invoice);
    await handler.execute(new RecordRefusedCharge(invoice.id, METHOD, 'k', 'INVOICE_NOT_PAYABLE'));
    expect((await fixture.payments.findByIdempotencyKey('k'))?.amount.equals(eur(0))).toBe(true);
  });

  it('does nothing more for a key already used', async () => {
    const invoice = await fixture.issuedInvoice(ADA, 1000);
    await handler.execute(new RecordRefusedCharge(invoice.id, METHOD, 'k', 'INVOICE_NOT_PAYABLE'));
    fixture.payments.published.splice(0);
    await handler.execute(new RecordRefusedCharge(invoice.id, METHOD, 'k', 'PAYMENT_METHOD_UNUSABLE'));
    expect(fixture.payments.published).toEqual([]);
    expect((await fixture.payments.findPage({ invoiceId: invoice.id }, 0, 10)).total).toBe(1);
  });
});
