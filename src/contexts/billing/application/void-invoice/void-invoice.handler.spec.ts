import { ManualClock } from '@promenade/ddd';
import { InvoiceVoided } from '../../domain/events/invoice-voided.event';
import { anIssuedInvoice } from '../testing/invoice-fixtures';
import { InMemoryInvoiceNumbering } from '../testing/in-memory-invoice-numbering';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { VoidInvoice } from './void-invoice.command';
import { VoidInvoiceHandler } from './void-invoice.handler';

describe('VoidInvoiceHandler', () => {
  const clock = new ManualClock('2026-02-01T00:00:00Z');
  let invoices: InMemoryInvoiceRepository;
  let handler: VoidInvoiceHandler;

  beforeEach(() => {
    invoices = new InMemoryInvoiceRepository();
    handler = new VoidInvoiceHandler(invoices, clock);
  });

  it('voids an unpaid issued invoice at the clock time and saves InvoiceVoided', async () => {
    const invoice = await anIssuedInvoice(new InMemoryInvoiceNumbering());
    invoices.seed(invoice);
    await handler.execute(new VoidInvoice(invoice.id));
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
});
