import { DomainError } from '@promenade/ddd';
import { InvoiceNotPayable } from '../invoice/invoice.errors';
import { PaymentMethodNotFound, PaymentMethodUnusable } from '../payment-method/payment-method.errors';
import { InvoicePaymentOpen } from './payment.errors';

/**
 * What ChargeInvoice refuses, before the provider is asked, that is the requester's business rather than a fault: a
 * method unknown, removed, not the invoice customer's or saved with another provider; an invoice that takes no payment
 * (void, paid, a credit note) or whose open amount a payment in flight already covers. A sender by message learns it as
 * a failed payment (Payment.refused), not as an error that would be retried and dead-lettered.
 */
const CHARGE_REFUSALS = [PaymentMethodNotFound, PaymentMethodUnusable, InvoiceNotPayable, InvoicePaymentOpen];

export function isChargeRefusal(error: unknown): error is DomainError {
  return CHARGE_REFUSALS.some((refusal) => error instanceof refusal);
}
