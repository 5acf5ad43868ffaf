import { AggregateRoot, newId } from '@promenade/ddd';
import { InvoiceCreated } from '../events/invoice-created.event';
import { InvoiceIssued } from '../events/invoice-issued.event';
import { InvoiceCredited } from '../events/invoice-credited.event';
import { InvoiceUpdated } from '../events/invoice-updated.event';
import { InvoiceVoided } from '../events/invoice-voided.event';

export interface InvoiceState {
  id: string;
  version: number;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** Invoice: its rules live here, as methods that check them and raise events. */
export class Invoice extends AggregateRoot<InvoiceState> {
  private constructor(state: InvoiceState) {
    super(state);
  }

  static create(now = new Date()): Invoice {
    const invoice = new Invoice({ id: newId(), version: 0, createdAt: now, updatedAt: now });
    invoice.apply(new InvoiceCreated({ invoiceId: invoice.id, createdAt: now.toISOString() }));
    return invoice;
  }

  /** Rebuilds a stored invoice; no rule is re-run and no event raised. */
  static restore(state: InvoiceState): Invoice {
    return new Invoice(state);
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** Issue this invoice. Check the rule that allows it here, before the event. */
  issue(now = new Date()): void {
    this.apply(new InvoiceIssued({ invoiceId: this.id, issuedAt: now.toISOString() }));
  }

  /** Credit this invoice. Check the rule that allows it here, before the event. */
  credit(now = new Date()): void {
    this.apply(new InvoiceCredited({ invoiceId: this.id, creditedAt: now.toISOString() }));
  }

  /** Update this invoice. Check the rule that allows it here, before the event. */
  update(now = new Date()): void {
    this.apply(new InvoiceUpdated({ invoiceId: this.id, updatedAt: now.toISOString() }));
  }

  /** Void this invoice. Check the rule that allows it here, before the event. */
  void(now = new Date()): void {
    this.apply(new InvoiceVoided({ invoiceId: this.id, voidedAt: now.toISOString() }));
  }
}
