import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@promenade/config';
import { Clock } from '@promenade/ddd';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { PaymentMethodUnusable } from '../../domain/payment-method/payment-method.errors';
import { PAYMENT_METHOD_REPOSITORY, PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';
import { payableAmount } from '../../domain/payment/payable-amount';
import { PAYMENT_PROVIDER, PaymentProvider, PaymentProviderTimeout, ProviderOutcome } from '../../domain/payment/payment-provider';
import { Payment } from '../../domain/payment/payment.aggregate';
import { PAYMENT_REPOSITORY, PaymentRepository } from '../../domain/payment/payment.repository';
import { settlePayment } from '../../domain/payment/settle-payment';
import { ChargeInvoice, ChargeInvoiceResult } from './charge-invoice.command';

@CommandHandler(ChargeInvoice)
export class ChargeInvoiceHandler implements ICommandHandler<ChargeInvoice, ChargeInvoiceResult> {
  constructor(
    @Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository,
    @Inject(PAYMENT_METHOD_REPOSITORY) private readonly methods: PaymentMethodRepository,
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async execute({ invoiceId, paymentMethodId, idempotencyKey, amount, ownerId }: ChargeInvoice): Promise<ChargeInvoiceResult> {
    // Locked through the provider call: a second charge of this invoice waits, then sees this one's payment.
    const invoice = await this.invoices.lockById(invoiceId, ownerId);
    const earlier = await this.payments.findByIdempotencyKey(idempotencyKey);
    if (earlier) return resultOf(earlier);
    // The method must be the invoice customer's, whoever asks: one customer's card never pays another's invoice.
    const method = await this.methods.getById(paymentMethodId, invoice.customerId);
    if (method.provider !== this.provider.name) throw new PaymentMethodUnusable(method.id, method.provider, this.provider.name);
    const payable = payableAmount(invoice, await this.payments.findOpenByInvoice(invoiceId), amount);
    const payment = Payment.start(
      { invoiceId, customerId: invoice.customerId, paymentMethodId, amount: payable, idempotencyKey },
      this.clock.now(),
    );
    const outcome = await this.charge(payment, method.token);
    if (outcome) settlePayment(payment, invoice, outcome, this.clock.now());
    else payment.awaitReconciliation(this.clock.now(), this.config.PAYMENT_RECONCILE_AFTER_SECONDS * 1000);
    await this.payments.save(payment);
    await this.invoices.save(invoice);
    return resultOf(payment);
  }

  /** The provider's answer, or undefined when it gave none in time (the charge may still land: reconciled later). */
  private async charge(payment: Payment, token: string): Promise<ProviderOutcome | undefined> {
    try {
      return await this.provider.charge({ paymentId: payment.id, idempotencyKey: payment.idempotencyKey, token, amount: payment.amount });
    } catch (error) {
      if (error instanceof PaymentProviderTimeout) return undefined;
      throw error;
    }
  }
}

function resultOf(payment: Payment): ChargeInvoiceResult {
  return { paymentId: payment.id, status: payment.status, failureReason: payment.failureReason };
}
