import { Command } from '@nestjs/cqrs';

export interface NewInvoiceLine {
  description: string;
  quantity: number;
  /** Minor units and currency code: Money's JSON. */
  unitPrice: { amount: number; currency: string };
  /** Basis points, 0..10000. */
  taxRate: number;
}

export interface CreateInvoicePayload {
  customerId: string;
  currency: string;
  lines: NewInvoiceLine[];
  /** YYYY-MM-DD; absent or null: due on the issue day. */
  dueDate?: string | null;
  notes?: string | null;
  /** What the invoice bills (an order, a subscription period); one invoice per reference. */
  sourceReference?: string | null;
}

/** Opens a draft invoice; answers its id. */
export class CreateInvoice extends Command<string> {
  constructor(readonly invoice: CreateInvoicePayload) {
    super();
  }
}
