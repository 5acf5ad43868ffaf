import { domainError } from '@promenade/ddd';
import { PaymentStatus } from './payment-status';

export class PaymentNotFound extends domainError('PAYMENT_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`payment ${id} does not exist`);
  }
}

export class PaymentAmountInvalid extends domainError('PAYMENT_AMOUNT_INVALID', 'invalid') {
  constructor(amount: bigint) {
    super(`a payment or refund must be more than zero; ${amount} minor units is not`);
  }
}

/** The provider said one thing, then another: the first final word stands. */
export class PaymentAlreadySettled extends domainError('PAYMENT_ALREADY_SETTLED', 'conflict') {
  constructor(id: string, status: PaymentStatus, reported: string) {
    super(`payment ${id} is ${status}; the provider's later ${reported} does not change it`);
  }
}

export class PaymentNotRefundable extends domainError('PAYMENT_NOT_REFUNDABLE', 'conflict') {
  constructor(id: string, status: PaymentStatus) {
    super(`payment ${id} is ${status}; only a succeeded payment can be refunded`);
  }
}

export class RefundExceedsCaptured extends domainError('REFUND_EXCEEDS_CAPTURED', 'invalid') {
  constructor(id: string, amount: bigint, refundable: bigint) {
    super(`a refund of ${amount} minor units exceeds the ${refundable} of payment ${id} not yet refunded`);
  }
}

/** The provider declined the refund; nothing was refunded. */
export class RefundDeclined extends domainError('REFUND_DECLINED', 'conflict') {
  constructor(id: string, reason: string) {
    super(`the provider declined the refund of payment ${id}: ${reason}`);
  }
}

export class PaymentCurrencyMismatch extends domainError('PAYMENT_CURRENCY_MISMATCH', 'invalid') {
  constructor(expected: string, given: string) {
    super(`the invoice is in ${expected}; an amount in ${given} cannot pay it`);
  }
}

/** A webhook addressed to a provider this service does not use. */
export class WebhookProviderUnknown extends domainError('WEBHOOK_PROVIDER_UNKNOWN', 'not_found') {
  constructor(provider: string) {
    super(`no payment provider named ${provider} is configured here`);
  }
}

/** The provider did not answer a refund in time; the same request again asks it under the same key (refunding once). */
export class RefundNotConfirmed extends domainError('REFUND_NOT_CONFIRMED', 'conflict') {
  constructor(id: string) {
    super(`the payment provider did not confirm the refund of payment ${id} in time; send the same request again`);
  }
}

/** A payment of the invoice is pending or requires action: its money may still be captured, so nothing else may touch that part. */
export class InvoicePaymentOpen extends domainError('INVOICE_PAYMENT_OPEN', 'conflict') {
  constructor(invoiceId: string, awaiting: bigint, action: string) {
    super(`invoice ${invoiceId} has ${awaiting} minor units in payments awaiting the provider; it cannot be ${action} until they settle`);
  }
}

/**
 * The provider captured money that the payment or its invoice cannot take any more (a payment already failed, an invoice
 * voided or paid meanwhile). Never dropped: the webhook is refused (the provider sends it again) and a reconciliation
 * dead-letters, so someone refunds or applies it by hand.
 */
export class CapturedPaymentUnrecorded extends domainError('PAYMENT_CAPTURE_UNRECORDED', 'conflict') {
  constructor(paymentId: string, invoiceId: string, reason: string) {
    super(`the provider captured payment ${paymentId}, but it cannot be recorded on invoice ${invoiceId}: ${reason}`);
  }
}
