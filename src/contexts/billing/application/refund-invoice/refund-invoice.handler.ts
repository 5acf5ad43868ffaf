import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionalCommandBus } from '@promenade/platform';
import { PAYMENT_REPOSITORY, PaymentRepository } from '../../domain/payment/payment.repository';
import { RefundPayment } from '../refund-payment/refund-payment.command';
import { RefundInvoice, RefundInvoiceResult } from './refund-invoice.command';

@CommandHandler(RefundInvoice)
export class RefundInvoiceHandler implements ICommandHandler<RefundInvoice, RefundInvoiceResult> {
  constructor(
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    private readonly commands: TransactionalCommandBus,
  ) {}

  async execute({ invoiceId, reason }: RefundInvoice): Promise<RefundInvoiceResult> {
    const captured = await this.payments.findCapturedByInvoice(invoiceId);
    const creditNoteIds: string[] = [];
    for (const { id } of captured) {
      // Locked, then read: a refund of it in flight finishes first, and only what that left is refunded. A payment
      // refunded in full is never refunded again, whatever the key: a repeat after a commit asks the provider nothing.
      const payment = await this.payments.lockById(id);
      if (payment.refundableAmount.minor === 0n) continue;
      // One key per invoice and payment: a retry after a rollback asks the provider under it again, and is refunded once.
      const key = `invoice-refund:${invoiceId}:${payment.id}`;
      creditNoteIds.push(await this.commands.execute(new RefundPayment(payment.id, key, undefined, reason)));
    }
    return { captured: captured.length, creditNoteIds };
  }
}
