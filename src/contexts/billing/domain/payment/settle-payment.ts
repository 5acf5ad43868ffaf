import { Invoice } from '../invoice/invoice.aggregate';
import { ProviderOutcome } from './payment-provider';
import { Payment } from './payment.aggregate';

/**
 * The provider's word on a payment, applied to the payment and, when it captured the money, to the invoice it
 * pays: both are saved in one transaction, so an invoice is never paid by a payment that did not succeed.
 */
export function settlePayment(payment: Payment, invoice: Invoice, outcome: ProviderOutcome, now: Date): void {
  const settledNow = payment.recordOutcome(outcome, now);
  if (settledNow && payment.status === 'succeeded') invoice.recordPayment(payment.amount, now);
}
