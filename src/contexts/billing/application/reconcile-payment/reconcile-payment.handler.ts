import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@promenade/config';
import { Clock } from '@promenade/ddd';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { PAYMENT_PROVIDER, PaymentProvider, PaymentProviderTimeout, ProviderOutcome } from '../../domain/payment/payment-provider';
import { RECONCILIATION_ATTEMPTS } from '../../domain/payment/payment.aggregate';
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
    const answer = await this.askProvider(payment.idempotencyKey);
    if (answer === 'unknown') {
      payment.recordChargeNotFound(this.clock.now());
    } else if (answer) {
      const invoice = await this.invoices.getById(payment.invoiceId);
      settlePayment(payment, invoice, answer, this.clock.now());
      await this.invoices.save(invoice);
    } else {
      payment.awaitReconciliation(this.clock.now(), this.config.PAYMENT_RECONCILE_AFTER_SECONDS * 1000);
      if (payment.reconciliationAttempts > RECONCILIATION_ATTEMPTS) {
        this.logger.warn(`payment ${paymentId}: the provider has not answered ${attempt} status requests; still pending, asking again`);
      }
    }
    await this.payments.save(payment);
  }

  /** What the provider knows of the charge (`unknown`: it never received it); undefined when it did not answer in time. */
  private async askProvider(idempotencyKey: string): Promise<ProviderOutcome | 'unknown' | undefined> {
    try {
      return await this.provider.status(idempotencyKey);
    } catch (error) {
      if (error instanceof PaymentProviderTimeout) return undefined;
      throw error;
    }
  }
}
