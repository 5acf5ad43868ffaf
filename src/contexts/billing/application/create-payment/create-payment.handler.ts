import { createHash } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionalCommandBus } from '@promenade/platform';
import { ChargeInvoice, ChargeInvoiceResult } from '../charge-invoice/charge-invoice.command';
import { CreatePayment } from './create-payment.command';

/**
 * The payment's idempotency key, from the caller and their Idempotency-Key: the same request sent again (after a
 * crash lost the first answer and rolled back the first payment) charges under the same key, so the provider
 * answers the first charge instead of making a second. Hashed: the header is the client's text, of any length.
 */
export function paymentKeyOf(customerId: string, requestKey: string): string {
  return `payment-request:${createHash('sha256').update(`${customerId}\n${requestKey}`).digest('hex')}`;
}

@CommandHandler(CreatePayment)
export class CreatePaymentHandler implements ICommandHandler<CreatePayment, ChargeInvoiceResult> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  execute({ customerId, invoiceId, paymentMethodId, requestKey, amount }: CreatePayment): Promise<ChargeInvoiceResult> {
    return this.commands.execute(new ChargeInvoice(invoiceId, paymentMethodId, paymentKeyOf(customerId, requestKey), amount, customerId));
  }
}
