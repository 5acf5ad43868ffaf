import { InvoiceVoided } from '../../domain/events/invoice-voided.event';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { VoidInvoice } from './void-invoice.command';
import { VoidInvoiceHandler } from './void-invoice.handler';

describe('VoidInvoiceHandler', () => {
  const stored = () =>
    Invoice.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });

  it('saves the invoice with InvoiceVoided raised', async () => {
    const invoice = stored();
    const repository = new InMemoryInvoiceRepository().seed(invoice);
    await new VoidInvoiceHandler(repository).execute(new VoidInvoice(invoice.id));
    expect(repository.stored(invoice.id)?.version).toBe(2);
    const [event] = repository.published;
    expect(event).toBeInstanceOf(InvoiceVoided);
    expect(event.metadata.aggregateId).toBe(invoice.id);
  });

  it('refuses an unknown id with INVOICE_NOT_FOUND and saves nothing', async () => {
    const repository = new InMemoryInvoiceRepository();
    await expect(new VoidInvoiceHandler(repository).execute(new VoidInvoice('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject(
      { code: 'INVOICE_NOT_FOUND' },
    );
    expect(repository.all()).toEqual([]);
  });
});
