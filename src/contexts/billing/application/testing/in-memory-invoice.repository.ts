import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Invoice, InvoiceState } from '../../domain/invoice/invoice.aggregate';
import { InvoiceNotFound, InvoiceSourceReferenceTaken } from '../../domain/invoice/invoice.errors';
import { InvoiceFilter, InvoiceRepository } from '../../domain/invoice/invoice.repository';

/** A unit-test stand-in for the invoice store: the port's queries over the shared in-memory repository. */
export class InMemoryInvoiceRepository extends InMemoryAggregateRepository<Invoice, InvoiceState> implements InvoiceRepository {
  constructor() {
    super(Invoice.restore);
  }

  async getById(id: string, ownerId?: string): Promise<Invoice> {
    return this.owned(id, ownerId);
  }

  /** Nothing runs at once here, so nothing to hold. */
  async lockById(id: string, ownerId?: string): Promise<Invoice> {
    return this.owned(id, ownerId);
  }

  async findBySourceReference(sourceReference: string): Promise<Invoice | null> {
    return this.all().find((invoice) => invoice.sourceReference === sourceReference) ?? null;
  }

  async findPage(filter: InvoiceFilter, offset: number, limit: number): Promise<{ items: Invoice[]; total: number }> {
    const matches = this.all().filter(
      (i) =>
        (filter.customerId ?? i.customerId) === i.customerId &&
        (filter.status ?? i.status) === i.status &&
        (filter.kind ?? i.kind) === i.kind,
    );
    return this.pageOf(matches, offset, limit);
  }

  override async save(invoice: Invoice): Promise<void> {
    const reference = invoice.sourceReference;
    if (reference !== null && this.all().some((other) => other.id !== invoice.id && other.sourceReference === reference)) {
      throw new InvoiceSourceReferenceTaken(reference);
    }
    await super.save(invoice);
  }

  private owned(id: string, ownerId: string | undefined): Invoice {
    const stored = this.stored(id);
    if (!stored || (ownerId ?? stored.customerId) !== stored.customerId) throw new InvoiceNotFound(id);
    return stored;
  }
}
