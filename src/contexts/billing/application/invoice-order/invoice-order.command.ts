import { Command } from '@nestjs/cqrs';
import { NewInvoiceLine } from '../create-invoice/create-invoice.command';

export interface OrderToInvoice {
  orderId: string;
  customerId: string;
  currency: string;
  lines: NewInvoiceLine[];
}

/** Invoices an order and issues the invoice; one invoice per order: a repeat answers the first one's id. */
export class InvoiceOrder extends Command<string> {
  constructor(readonly order: OrderToInvoice) {
    super();
  }
}
