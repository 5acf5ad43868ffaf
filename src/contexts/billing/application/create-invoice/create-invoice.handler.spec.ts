import { InvoiceCreated } from '../../domain/events/invoice-created.event';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { CreateInvoice } from './create-invoice.command';
import { CreateInvoiceHandler } from './create-invoice.handler';

describe('CreateInvoiceHandler', () => {
  it('saves a new invoice that raised InvoiceCreated, and answers its id', async () => {
    const repository = new InMemoryInvoiceRepository();
    const id = await new CreateInvoiceHandler(repository).execute(new CreateInvoice());
    expect(repository.all().map((invoice) => invoice.id)).toEqual([id]);
    expect(repository.published).toEqual([expect.any(InvoiceCreated)]);
  });
});
