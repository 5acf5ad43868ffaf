import { ManualClock } from '@promenade/ddd';
import { Payment } from '../../domain/payment/payment.aggregate';
import { InvoiceVoided } from '../../domain/events/invoice-voided.event';
import { anIssuedInvoice } from '../testing/invoice-fixtures';
import { InMemoryInvoiceNumbering } from '../testing/in-memory-invoice-numbering';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { InMemoryPaymentRepository } from '../testing/in-memory-payment.repository';
import { VoidInvoice } from './void-invoice.command';
import { VoidInvoiceHandler } from './void-invoice.handler';

describe('VoidInvoiceHandler', () => {
  const clock = new ManualClock('2026-02-01T00:00:00Z');
  let invoices: InMemoryInvoiceRepository;
  let payments: InMemoryPaymentRepository;
  let handler: VoidInvoiceHandler;

  beforeEach(() => {
    invoices = new InMemoryInvoiceRepository();
    payments = new InMemoryPaymentRepository();
    handler = new VoidInvoiceHandler(invoices, payments, clock);
  });

  it('voids an unpaid issued invoice at the clock time and saves InvoiceVoided', async () => {
    const invoice = await anIssuedInvoice(new InMemoryInvoiceNumbering());
    invoices.seed(invoice);
    const lock = jest.spyOn(invoices, 'lockById');
    await handler.execute(new VoidInvoice(invoice.id));
    expect(lock).toHaveBeenCalledWith(invoice.id);
    expect(invoices.stored(invoice.id)).toMatchObject({ status: 'void', voidedAt: clock.now() });
    expect(invoices.published).toEqual([expect.any(InvoiceVoided)]);
  });

  it('refuses a partially paid invoice with INVOICE_NOT_VOIDABLE, saving nothing', async () => {
    const invoice = await anIssuedInvoice(new InMemoryInvoiceNumbering(), 100);
    invoices.seed(invoice);
    await expect(handler.execute(new VoidInvoice(invoice.id))).rejects.toMatchObject({ code: 'INVOICE_NOT_VOIDABLE' });
    expect(invoices.stored(invoice.id)?.status).toBe('partially_paid');
    expect(invoices.published).toEqual([]);
  });

  it('refuses an invoice with a payment still awaiting the provider (INVOICE_PAYMENT_OPEN), saving nothing', async () => {
    const invoice = await anIssuedInvoice(new InMemoryInvoiceNumbering());
    invoices.seed(invoice);
    const pending = Payment.start(
      { invoiceId: invoice.id, customerId: invoice.customerId, paymentMethodId: invoice.id, amount: invoice.total, idempotencyKey: 'k' },
      clock.now(),
    );
    await payments.save(pending);
    await expect(handler.execute(new VoidInvoice(invoice.id))).rejects.toMatchObject({ code: 'INVOICE_PAYMENT_OPEN' });
    expect(invoices.stored(invoice.id)?.status).toBe('issued');
    expect(invoices.published).toEqual([]);
  });
});
