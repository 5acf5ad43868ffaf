import { InvoiceCredited } from '../../domain/events/invoice-credited.event';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { CreditInvoice } from './credit-invoice.command';
import { CreditInvoiceHandler } from './credit-invoice.handler';

describe('CreditInvoiceHandler', () => {
  const stored = () =>
    Invoice.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });

  it('saves the invoice with InvoiceCredited raised', async () => {
    const invoice = stored();
    const repository = new InMemoryInvoiceRepository().seed(invoice);
    await new CreditInvoiceHandler(repository).execute(new CreditInvoice(invoice.id));
    expect(repository.stored(invoice.id)?.version).toBe(2);
    const [event] = repository.published;
    expect(event).toBeInstanceOf(InvoiceCredited);
    expect(event.metadata.aggregateId).toBe(invoice.id);
  });

  it('refuses an unknown id with INVOICE_NOT_FOUND and saves nothing', async () => {
    const repository = new InMemoryInvoiceRepository();
    await expect(
      new CreditInvoiceHandler(repository).execute(new CreditInvoice('0190a5b0-7c4e-7d2a-9b3c-000000000000')),
    ).rejects.toMatchObject({ code: 'INVOICE_NOT_FOUND' });
    expect(repository.all()).toEqual([]);
  });
});
