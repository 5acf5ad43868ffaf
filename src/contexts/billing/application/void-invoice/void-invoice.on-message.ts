import { Logger } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { VoidInvoiceMessage } from '../../contracts';
import { InvoiceNotVoidable } from '../../domain/invoice/invoice.errors';
import { VoidInvoice } from './void-invoice.command';

/**
 * Voids an invoice asked by message. One already void: nothing (a repeat). One paid, even in part, or a credit note: no
 * longer applies, nothing but a warning (the sender refunds a paid one). A payment still open on it (INVOICE_PAYMENT_OPEN)
 * is thrown: the delivery is retried with backoff until the payment settles, then dead-lettered.
 */
@EventHandler('billing.void-invoice-on-message', VoidInvoiceMessage)
export class VoidInvoiceOnMessage implements IEventHandler<VoidInvoiceMessage> {
  private readonly logger = new Logger(VoidInvoiceOnMessage.name);

  constructor(private readonly commands: TransactionalCommandBus) {}

  async handle({ payload: { invoiceId, reason } }: VoidInvoiceMessage): Promise<void> {
    try {
      await this.commands.execute(new VoidInvoice(invoiceId));
    } catch (error) {
      if (!(error instanceof InvoiceNotVoidable)) throw error;
      if (error.status === 'void') this.logger.debug(`invoice ${invoiceId} is void already (${reason})`);
      else this.logger.warn(`void of invoice ${invoiceId} (${reason}) no longer applies: ${error.message}`);
    }
  }
}
