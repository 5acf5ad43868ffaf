import { Currency, Money } from '@promenade/ddd';
import { Invoice } from '../invoice/invoice.aggregate';
import { InvoiceLine } from '../invoice/invoice-line';
import { Payment } from './payment.aggregate';
import { settlePayment } from './settle-payment';

const NOW = new Date('2026-01-01T00:00:00Z');
const eur = (minor: number) => Money.of(minor, 'EUR');
const succeeded = { status: 'succeeded', providerReference: 'ch_1' } as const;

async function issued(): Promise<Invoice> {
  const invoice = Invoice.create({ customerId: 'c', currency: Currency.of('EUR'), lines: [InvoiceLine.of('Work', 1, eur(1000), 0)] }, NOW);
  await invoice.issue({ next: async () => 'INV-2026-000001' }, NOW);
  return invoice;
}
const pendingOn = (invoice: Invoice) =>
  Payment.start({ invoiceId: invoice.id, customerId: 'c', paymentMethodId: 'm', amount: eur(1000), idempotencyKey: 'k' }, NOW);

describe('settlePayment', () => {
  it('records a success on the payment and its invoice', async () => {
    const invoice = await issued();
    const payment = pendingOn(invoice);
    settlePayment(payment, invoice, succeeded, NOW);
    expect([payment.status, invoice.status]).toEqual(['succeeded', 'paid']);
  });

  it('refuses a late success on an invoice voided meanwhile as PAYMENT_CAPTURE_UNRECORDED, not a rule error', async () => {
    const invoice = await issued();
    invoice.void(NOW);
    expect(() => settlePayment(pendingOn(invoice), invoice, succeeded, NOW)).toThrow(
      expect.objectContaining({ code: 'PAYMENT_CAPTURE_UNRECORDED' }),
    );
  });

  it('refuses a late success on a payment already failed as PAYMENT_CAPTURE_UNRECORDED', async () => {
    const invoice = await issued();
    const payment = pendingOn(invoice);
    payment.recordOutcome({ status: 'failed', providerReference: 'ch_1', failureReason: 'charge_unknown' }, NOW);
    expect(() => settlePayment(payment, invoice, succeeded, NOW)).toThrow(expect.objectContaining({ code: 'PAYMENT_CAPTURE_UNRECORDED' }));
    expect(invoice.status).toBe('issued');
  });

  it('keeps a contrary failure after a success as PAYMENT_ALREADY_SETTLED (no money was captured by it)', async () => {
    const invoice = await issued();
    const payment = pendingOn(invoice);
    settlePayment(payment, invoice, succeeded, NOW);
    const failed = { status: 'failed', providerReference: 'ch_1', failureReason: 'x' } as const;
    expect(() => settlePayment(payment, invoice, failed, NOW)).toThrow(expect.objectContaining({ code: 'PAYMENT_ALREADY_SETTLED' }));
  });
});
