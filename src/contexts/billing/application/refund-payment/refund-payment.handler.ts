import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { PAYMENT_PROVIDER, PaymentProvider, PaymentProviderTimeout, ProviderOutcome } from '../../domain/payment/payment-provider';
import { Payment } from '../../domain/payment/payment.aggregate';
import { RefundDeclined, RefundNotConfirmed } from '../../domain/payment/payment.errors';
import { PAYMENT_REPOSITORY, PaymentRepository } from '../../domain/payment/payment.repository';
import { IssueCreditNote } from '../issue-credit-note/issue-credit-note.command';
import { RefundPayment } from './refund-payment.command';

@CommandHandler(RefundPayment)
export class RefundPaymentHandler implements ICommandHandler<RefundPayment, string> {
  constructor(
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    @Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly commands: TransactionalCommandBus,
    private readonly clock: Clock,
  ) {}

  async execute({ paymentId, idempotencyKey, amount: requested, reason }: RefundPayment): Promise<string> {
    // Locked through the provider call: a second refund of this payment waits, then sees what this one refunded.
    const payment = await this.payments.lockById(paymentId);
    const amount = payment.refundFor(requested);
    // The credit note this refund ends with must pass too, before any money goes back; locked, so it still does then.
    const invoice = await this.invoices.lockById(payment.invoiceId);
    invoice.assertCreditable(amount);
    const outcome = await this.refund(payment, amount, idempotencyKey);
    if (outcome.status !== 'succeeded') throw new RefundDeclined(payment.id, outcome.failureReason ?? 'declined');
    payment.recordRefund(amount, this.clock.now());
    await this.payments.save(payment);
    const why = reason ? `Refund of payment ${payment.id}: ${reason}` : `Refund of payment ${payment.id}`;
    return this.commands.execute(new IssueCreditNote({ invoiceId: payment.invoiceId, amount, reason: why }));
  }

  /**
   * Under the caller's key: a retry of this refund (its answer lost, or its transaction rolled back) asks under the same
   * key and is refunded once. A key made of the payment's state would give a retry after a commit a new key: a second refund.
   */
  private async refund(payment: Payment, amount: Payment['amount'], idempotencyKey: string): Promise<ProviderOutcome> {
    try {
      return await this.provider.refund({
        paymentId: payment.id,
        idempotencyKey,
        providerReference: payment.providerReference ?? '',
        amount,
      });
    } catch (error) {
      if (error instanceof PaymentProviderTimeout) throw new RefundNotConfirmed(payment.id);
      throw error;
    }
  }
}
