import { Logger } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { ChargeInvoiceMessage } from '../../contracts';
import { isChargeRefusal } from '../../domain/payment/charge-refusal';
import { RecordRefusedCharge } from '../record-refused-charge/record-refused-charge.command';
import { ChargeInvoice } from './charge-invoice.command';

/**
 * Charges an invoice asked by message, ending in one payment-succeeded or payment-failed: at once, or after the 3-D
 * Secure webhook or the reconciliation of an unanswered charge. A refusal is the sender's to learn, as a failed payment
 * naming its code, never an error (retried, then dead-lettered); a repeat under the same key finds the first payment.
 */
@EventHandler('billing.charge-invoice-on-message', ChargeInvoiceMessage)
export class ChargeInvoiceOnMessage implements IEventHandler<ChargeInvoiceMessage> {
  private readonly logger = new Logger(ChargeInvoiceOnMessage.name);

  constructor(private readonly commands: TransactionalCommandBus) {}

  async handle({ payload: { invoiceId, paymentMethodId, idempotencyKey } }: ChargeInvoiceMessage): Promise<void> {
    try {
      await this.commands.execute(new ChargeInvoice(invoiceId, paymentMethodId, idempotencyKey));
    } catch (error) {
      if (!isChargeRefusal(error)) throw error;
      // Refused before anything was written or charged, so the delivery's transaction goes on to record it.
      this.logger.warn(`charge ${idempotencyKey} of invoice ${invoiceId} refused: ${error.message}`);
      await this.commands.execute(new RecordRefusedCharge(invoiceId, paymentMethodId, idempotencyKey, error.code));
    }
  }
}
