import { Logger } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { RefundInvoiceMessage } from '../../contracts';
import { RefundInvoice } from './refund-invoice.command';

/**
 * Gives back what was captured on an invoice, asked by message: a refund and a credit note per payment, once (a repeat
 * finds nothing left). Nothing captured: nothing but a warning. A refund the provider declines or leaves unanswered is
 * thrown, so the delivery is retried under the same keys (refunded once), then dead-lettered.
 */
@EventHandler('billing.refund-invoice-on-message', RefundInvoiceMessage)
export class RefundInvoiceOnMessage implements IEventHandler<RefundInvoiceMessage> {
  private readonly logger = new Logger(RefundInvoiceOnMessage.name);

  constructor(private readonly commands: TransactionalCommandBus) {}

  async handle({ payload: { invoiceId, reason } }: RefundInvoiceMessage): Promise<void> {
    const { captured, creditNoteIds } = await this.commands.execute(new RefundInvoice(invoiceId, reason));
    if (captured === 0) this.logger.warn(`refund of invoice ${invoiceId} (${reason}) does not apply: nothing was captured on it`);
    else if (creditNoteIds.length === 0) this.logger.debug(`invoice ${invoiceId} is refunded already (${reason})`);
  }
}
