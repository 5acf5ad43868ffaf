import { Command } from '@nestjs/cqrs';
import { NewInvoiceLine } from '../create-invoice/create-invoice.command';

export interface OrderToInvoice {
  orderId: string;
  customerId: string;
  currency: string;
  lines: NewInvoiceLine[];
  /** The order's total (Money's JSON), when the caller knows it: a repeat must find an invoice of that total. */
  total?: { amount: number; currency: string };
}

/**
 * Invoices an order and issues the invoice, its source reference `order:<orderId>`; one invoice per order: a repeat
 * answers the first one's id, once it checked that invoice bills the same customer (and total, when given), else
 * INVOICE_ORDER_MISMATCH.
 */
export class InvoiceOrder extends Command<string> {
  constructor(readonly order: OrderToInvoice) {
    super();
  }
}
