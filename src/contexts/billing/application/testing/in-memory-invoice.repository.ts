import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Invoice, InvoiceState } from '../../domain/invoice/invoice.aggregate';
import { InvoiceNotFound } from '../../domain/invoice/invoice.errors';
import { InvoiceRepository } from '../../domain/invoice/invoice.repository';

/** A unit-test stand-in for the invoice store: the port's queries over the shared in-memory repository. */
export class InMemoryInvoiceRepository extends InMemoryAggregateRepository<Invoice, InvoiceState> implements InvoiceRepository {
  constructor() {
    super(Invoice.restore);
  }

  async getById(id: string): Promise<Invoice> {
    const stored = this.stored(id);
    if (!stored) throw new InvoiceNotFound(id);
    return stored;
  }
}
