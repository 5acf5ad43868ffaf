import { AggregateRoot, Money, newId } from '@promenade/ddd';
import { PaymentFailed } from '../events/payment-failed.event';
import { PaymentReconciliationDue } from '../events/payment-reconciliation-due.event';
import { PaymentRefunded } from '../events/payment-refunded.event';
import { PaymentSucceeded } from '../events/payment-succeeded.event';
import { ProviderOutcome } from './payment-provider';
import { PaymentStatus } from './payment-status';
import {
  PaymentAlreadySettled,
  PaymentAmountInvalid,
  PaymentCurrencyMismatch,
  PaymentNotRefundable,
  RefundExceedsCaptured,
} from './payment.errors';

/** Reconciliations of an unanswered charge that are routine; past them each one is worth a warning. */
export const RECONCILIATION_ATTEMPTS = 5;
/** The longest wait between two reconciliations: the delay doubles up to it, and the payment is asked about for good. */
export const RECONCILIATION_DELAY_CAP_MS = 60 * 60_000;
/** The reason a payment fails with when the provider answered that it never received the charge. */
export const CHARGE_NOT_FOUND = 'charge_not_found';

export interface PaymentState {
  id: string;
  version: number;
  invoiceId: string;
  customerId: string;
  paymentMethodId: string;
  amount: Money;
  status: PaymentStatus;
  failureReason: string | null;
  providerReference: string | null;
  refundedAmount: Money;
  /** Unique per intended charge and the provider's idempotency key: a retried charge is never charged twice. */
  idempotencyKey: string;
  /** Reconciliations scheduled so far for an unanswered charge. */
  reconciliationAttempts: number;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

export interface NewPayment {
  invoiceId: string;
  customerId: string;
  paymentMethodId: string;
  amount: Money;
  idempotencyKey: string;
}

/**
 * One attempt to pay an invoice through the provider: pending until the provider answers, then succeeded or
 * failed (requires_action in between while the customer confirms). A succeeded payment can be refunded, in
 * parts, up to what it captured.
 */
export class Payment extends AggregateRoot<PaymentState> {
  private constructor(state: PaymentState) {
    super(state);
  }

  static start(payment: NewPayment, now: Date): Payment {
    if (payment.amount.minor <= 0n) throw new PaymentAmountInvalid(payment.amount.minor);
    return Payment.pending(payment, now);
  }

  /**
   * A charge Billing refused before asking the provider (the method is not the invoice customer's or not usable, the
   * invoice takes no payment), kept as a failed payment under its key: whoever asked learns it as a PaymentFailed whose
   * reason is the refusal's code, and a repeat of the request finds it. Its amount is what was payable, zero when nothing was.
   */
  static refused(payment: NewPayment, code: string, now: Date): Payment {
    if (payment.amount.minor < 0n) throw new PaymentAmountInvalid(payment.amount.minor);
    const refused = Payment.pending(payment, now);
    refused.fail(code, now);
    return refused;
  }

  private static pending({ invoiceId, customerId, paymentMethodId, amount, idempotencyKey }: NewPayment, now: Date): Payment {
    return new Payment({
      id: newId(),
      version: 0,
      invoiceId,
      customerId,
      paymentMethodId,
      amount,
      status: 'pending',
      failureReason: null,
      providerReference: null,
      refundedAmount: Money.zero(amount.currency),
      idempotencyKey,
      reconciliationAttempts: 0,
      createdAt: now,
      updatedAt: now,
    });
  }

  /** Rebuilds a stored payment; no rule is re-run and no event raised. */
  static restore(state: PaymentState): Payment {
    return new Payment(state);
  }

  get invoiceId(): string {
    return this.state.invoiceId;
  }

  get customerId(): string {
    return this.state.customerId;
  }

  get paymentMethodId(): string {
    return this.state.paymentMethodId;
  }

  get amount(): Money {
    return this.state.amount;
  }

  get status(): PaymentStatus {
    return this.state.status;
  }

  get failureReason(): string | null {
    return this.state.failureReason;
  }

  get providerReference(): string | null {
    return this.state.providerReference;
  }

  get refundedAmount(): Money {
    return this.state.refundedAmount;
  }

  get idempotencyKey(): string {
    return this.state.idempotencyKey;
  }

  get reconciliationAttempts(): number {
    return this.state.reconciliationAttempts;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  get isSettled(): boolean {
    return this.status === 'succeeded' || this.status === 'failed';
  }

  /** What may still be refunded: captured less refunded (nothing unless succeeded). */
  get refundableAmount(): Money {
    if (this.status !== 'succeeded') return Money.zero(this.amount.currency);
    return Money.of(this.amount.minor - this.refundedAmount.minor, this.amount.currency);
  }

  /**
   * Takes the provider's word. Answers true when it settled the payment now (the caller then records a success on
   * the invoice), false when the payment already stood so (a repeated notification). A contrary word after a final
   * one is refused: PAYMENT_ALREADY_SETTLED.
   */
  recordOutcome({ status, providerReference, failureReason }: ProviderOutcome, now: Date): boolean {
    if (this.isSettled) {
      if (status === this.status) return false;
      throw new PaymentAlreadySettled(this.id, this.status, status);
    }
    this.state = { ...this.state, providerReference };
    if (status === 'requires_action') {
      this.state = { ...this.state, status };
      return false;
    }
    if (status === 'succeeded') this.succeed(now);
    else this.fail(failureReason ?? 'declined', now);
    return true;
  }

  /**
   * The provider did not answer: schedule asking it again (the delivery survives a restart), `baseMs` after the first
   * time, then twice as long each time up to RECONCILIATION_DELAY_CAP_MS, for as long as it takes. Silence is not a
   * refusal: the charge may have gone through, so the payment stays pending (and keeps its part of the invoice).
   * Only a pending payment waits so.
   */
  awaitReconciliation(now: Date, baseMs: number): void {
    if (this.status !== 'pending') return;
    const attempt = this.state.reconciliationAttempts + 1;
    this.state = { ...this.state, reconciliationAttempts: attempt };
    const delayMs = Math.min(baseMs * 2 ** Math.min(attempt - 1, 30), RECONCILIATION_DELAY_CAP_MS);
    const deliverAt = new Date(now.getTime() + delayMs).toISOString();
    this.apply(new PaymentReconciliationDue({ paymentId: this.id, attempt }, { deliverAt }));
  }

  /** The provider answered that it never received this charge: nothing was captured, so the payment fails. */
  recordChargeNotFound(now: Date): void {
    if (this.status === 'pending') this.fail(CHARGE_NOT_FOUND, now);
  }

  /** The refund a request asks for (all that is left when no amount is named), once the rules allow it. */
  refundFor(requested: Money | undefined): Money {
    if (this.status !== 'succeeded') throw new PaymentNotRefundable(this.id, this.status);
    const refundable = this.refundableAmount;
    const amount = requested ?? refundable;
    if (amount.minor <= 0n) throw new PaymentAmountInvalid(amount.minor);
    if (!amount.currency.equals(this.amount.currency)) throw new PaymentCurrencyMismatch(this.amount.currency.code, amount.currency.code);
    if (amount.minor > refundable.minor) throw new RefundExceedsCaptured(this.id, amount.minor, refundable.minor);
    return amount;
  }

  /** A refund the provider made: never more than is refundable (checked again, as refundFor does). */
  recordRefund(requested: Money, now: Date): void {
    const amount = this.refundFor(requested);
    const refundedAmount = this.refundedAmount.add(amount);
    this.state = { ...this.state, refundedAmount };
    this.apply(
      new PaymentRefunded({
        ...this.facts(),
        amount: amount.toJSON(),
        refundedTotal: refundedAmount.toJSON(),
        refundedAt: now.toISOString(),
      }),
    );
  }

  private succeed(now: Date): void {
    this.state = { ...this.state, status: 'succeeded', failureReason: null };
    this.apply(new PaymentSucceeded({ ...this.facts(), amount: this.amount.toJSON(), succeededAt: now.toISOString() }));
  }

  private fail(reason: string, now: Date): void {
    this.state = { ...this.state, status: 'failed', failureReason: reason };
    this.apply(new PaymentFailed({ ...this.facts(), amount: this.amount.toJSON(), reason, failedAt: now.toISOString() }));
  }

  private facts(): { paymentId: string; invoiceId: string; customerId: string } {
    return { paymentId: this.id, invoiceId: this.invoiceId, customerId: this.customerId };
  }
}
