import { Command } from '@nestjs/cqrs';
import { Money } from '@promenade/ddd';
import { ChargeInvoiceResult } from '../charge-invoice/charge-invoice.command';

/** A customer pays their own invoice with their own method (POST /payments); a retried request pays once. */
export class CreatePayment extends Command<ChargeInvoiceResult> {
  constructor(
    readonly customerId: string,
    readonly invoiceId: string,
    readonly paymentMethodId: string,
    /** The request's Idempotency-Key: with the customer, it names this charge at the provider. */
    readonly requestKey: string,
    readonly amount?: Money,
  ) {
    super();
  }
}
