import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { PAYMENT_PROVIDER, PaymentProvider } from '../../domain/payment/payment-provider';
import { CapturedPaymentUnrecorded, PaymentNotFound, WebhookProviderUnknown } from '../../domain/payment/payment.errors';
import { PAYMENT_REPOSITORY, PaymentRepository } from '../../domain/payment/payment.repository';
import { settlePayment } from '../../domain/payment/settle-payment';
import { WEBHOOK_EVENT_LOG, WebhookEventLog } from '../../domain/payment/webhook-event-log';
import { ConfirmPayment } from './confirm-payment.command';

@CommandHandler(ConfirmPayment)
export class ConfirmPaymentHandler implements ICommandHandler<ConfirmPayment, boolean> {
  private readonly logger = new Logger(ConfirmPaymentHandler.name);

  constructor(
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    @Inject(WEBHOOK_EVENT_LOG) private readonly events: WebhookEventLog,
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    @Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ provider, headers, rawBody }: ConfirmPayment): Promise<boolean> {
    if (provider !== this.provider.name) throw new WebhookProviderUnknown(provider);
    const event = this.provider.verifyWebhook(headers, rawBody); // throws WebhookRejected
    // Recorded in this transaction: if acting on it fails, the row goes too, and the provider's retry acts.
    if (!(await this.events.recordFirst(provider, event))) {
      this.logger.log(`${provider} event ${event.id} was already processed: nothing to do`);
      return false;
    }
    const payment = await this.payments.findByProviderReference(event.providerReference);
    if (!payment) throw new PaymentNotFound(event.providerReference);
    const invoice = await this.invoices.getById(payment.invoiceId);
    const status = event.type === 'payment.succeeded' ? 'succeeded' : 'failed';
    try {
      settlePayment(
        payment,
        invoice,
        { status, providerReference: event.providerReference, failureReason: event.failureReason },
        this.clock.now(),
      );
    } catch (error) {
      // Refused (nothing recorded, so the provider sends it again), and said loudly: captured money awaits a person.
      if (error instanceof CapturedPaymentUnrecorded) this.logger.error(`${provider} event ${event.id}: ${error.message}`);
      throw error;
    }
    await this.payments.save(payment);
    await this.invoices.save(invoice);
    return true;
  }
}
