import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionalCommandBus } from '@promenade/platform';
import { ChargeInvoice, ChargeInvoiceResult } from '../charge-invoice/charge-invoice.command';
import { requestKeyOf } from '../request-key/request-key';
import { CreatePayment } from './create-payment.command';

/** The payment's idempotency key, from the caller and their Idempotency-Key (see requestKeyOf). */
export function paymentKeyOf(customerId: string, requestKey: string): string {
  return requestKeyOf('payment', customerId, requestKey);
}

@CommandHandler(CreatePayment)
export class CreatePaymentHandler implements ICommandHandler<CreatePayment, ChargeInvoiceResult> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  execute({ customerId, invoiceId, paymentMethodId, requestKey, amount }: CreatePayment): Promise<ChargeInvoiceResult> {
    return this.commands.execute(new ChargeInvoice(invoiceId, paymentMethodId, paymentKeyOf(customerId, requestKey), amount, customerId));
  }
}
