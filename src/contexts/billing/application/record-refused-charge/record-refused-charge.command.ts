import { Command } from '@nestjs/cqrs';

/**
 * Keeps a charge ChargeInvoice refused (isChargeRefusal) as a failed payment of the invoice under the charge's key, its
 * reason the refusal's code, so whoever asked by message learns it as billing.payment-failed; the key already used: nothing.
 */
export class RecordRefusedCharge extends Command<void> {
  constructor(
    readonly invoiceId: string,
    readonly paymentMethodId: string,
    readonly idempotencyKey: string,
    /** The refusal's code (PAYMENT_METHOD_NOT_FOUND, INVOICE_NOT_PAYABLE, …). */
    readonly code: string,
  ) {
    super();
  }
}
