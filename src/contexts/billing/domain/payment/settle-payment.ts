import { DomainError } from '@promenade/ddd';
import { Invoice } from '../invoice/invoice.aggregate';
import { ProviderOutcome } from './payment-provider';
import { Payment } from './payment.aggregate';
import { CapturedPaymentUnrecorded } from './payment.errors';

/**
 * The provider's word on a payment, applied to the payment and, when it captured the money, to the invoice it
 * pays: both are saved in one transaction, so an invoice is never paid by a payment that did not succeed. A capture
 * the books refuse is CapturedPaymentUnrecorded, never a plain rule error a caller might take for a bad request.
 */
export function settlePayment(payment: Payment, invoice: Invoice, outcome: ProviderOutcome, now: Date): void {
  try {
    const settledNow = payment.recordOutcome(outcome, now);
    if (settledNow && payment.status === 'succeeded') invoice.recordPayment(payment.amount, now);
  } catch (error) {
    if (outcome.status === 'succeeded' && error instanceof DomainError) {
      throw new CapturedPaymentUnrecorded(payment.id, invoice.id, error.message);
    }
    throw error;
  }
}
