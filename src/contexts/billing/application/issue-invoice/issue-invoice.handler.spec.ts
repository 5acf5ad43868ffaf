import { InvoiceIssued } from '../../domain/events/invoice-issued.event';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { IssueInvoice } from './issue-invoice.command';
import { IssueInvoiceHandler } from './issue-invoice.handler';

describe('IssueInvoiceHandler', () => {
  const stored = () =>
    Invoice.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });

  it('saves the invoice with InvoiceIssued raised', async () => {
    const invoice = stored();
    const repository = new InMemoryInvoiceRepository().seed(invoice);
    await new IssueInvoiceHandler(repository).execute(new IssueInvoice(invoice.id));
    expect(repository.stored(invoice.id)?.version).toBe(2);
    const [event] = repository.published;
    expect(event).toBeInstanceOf(InvoiceIssued);
    expect(event.metadata.aggregateId).toBe(invoice.id);
  });

  it('refuses an unknown id with INVOICE_NOT_FOUND and saves nothing', async () => {
    const repository = new InMemoryInvoiceRepository();
    await expect(
      new IssueInvoiceHandler(repository).execute(new IssueInvoice('0190a5b0-7c4e-7d2a-9b3c-000000000000')),
    ).rejects.toMatchObject({ code: 'INVOICE_NOT_FOUND' });
    expect(repository.all()).toEqual([]);
  });
});
