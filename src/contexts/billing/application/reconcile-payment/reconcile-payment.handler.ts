import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@promenade/config';
import { Clock } from '@promenade/ddd';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { PAYMENT_PROVIDER, PaymentProvider, PaymentProviderTimeout, ProviderOutcome } from '../../domain/payment/payment-provider';
import { PAYMENT_REPOSITORY, PaymentRepository } from '../../domain/payment/payment.repository';
import { settlePayment } from '../../domain/payment/settle-payment';
import { ReconcilePayment } from './reconcile-payment.command';

@CommandHandler(ReconcilePayment)
export class ReconcilePaymentHandler implements ICommandHandler<ReconcilePayment, void> {
  private readonly logger = new Logger(ReconcilePaymentHandler.name);

  constructor(
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    @Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async execute({ paymentId, attempt }: ReconcilePayment): Promise<void> {
    const payment = await this.payments.getById(paymentId);
    if (payment.status !== 'pending' || payment.reconciliationAttempts !== attempt) {
      this.logger.log(`payment ${paymentId} is ${payment.status} (reconciliation ${payment.reconciliationAttempts}): nothing to reconcile`);
      return;
    }
    const outcome = await this.askProvider(payment.idempotencyKey);
    if (outcome) {
      const invoice = await this.invoices.getById(payment.invoiceId);
      settlePayment(payment, invoice, outcome, this.clock.now());
      await this.invoices.save(invoice);
    } else {
      payment.awaitReconciliation(this.clock.now(), this.config.PAYMENT_RECONCILE_AFTER_SECONDS * 1000);
    }
    await this.payments.save(payment);
  }

  /** What the provider knows of the charge; undefined when it still does not say (no answer, or no such charge yet). */
  private async askProvider(idempotencyKey: string): Promise<ProviderOutcome | undefined> {
    try {
      const status = await this.provider.status(idempotencyKey);
      return status === 'unknown' ? undefined : status;
    } catch (error) {
      if (error instanceof PaymentProviderTimeout) return undefined;
      throw error;
    }
  }
}
