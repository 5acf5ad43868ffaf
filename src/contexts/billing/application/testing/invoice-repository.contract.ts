import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { Invoice, InvoiceState } from '../../domain/invoice/invoice.aggregate';
import { InvoiceNotFound } from '../../domain/invoice/invoice.errors';
import { InvoiceRepository } from '../../domain/invoice/invoice.repository';

/** What every InvoiceRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describeInvoiceRepositoryContract(open: () => Promise<OpenedRepository<InvoiceRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Invoice, InvoiceState, InvoiceRepository>({
    open,
    create: () => Invoice.create(),
    restore: Invoice.restore,
    load: (invoices, id) => invoices.getById(id),
    // change: a method that raises an event, once the aggregate has one.
  });

  it('answers InvoiceNotFound for an id it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(InvoiceNotFound);
  });
}
