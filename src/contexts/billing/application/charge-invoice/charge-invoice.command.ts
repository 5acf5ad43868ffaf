import { Command } from '@nestjs/cqrs';
import { Money } from '@promenade/ddd';
import { PaymentStatus } from '../../domain/payment/payment-status';

/** What a charge came to: `failureReason` is set when `status` is `failed`. */
export interface ChargeInvoiceResult {
  paymentId: string;
  status: PaymentStatus;
  failureReason: string | null;
}

/**
 * Charge an issued invoice with one of its customer's payment methods. Idempotent per `idempotencyKey`:
 * the same key answers the payment it made first, and the provider is never asked twice (the key is its
 * idempotency key). Run it through the TransactionalCommandBus: it joins the caller's unit of work.
 */
export class ChargeInvoice extends Command<ChargeInvoiceResult> {
  constructor(
    readonly invoiceId: string,
    readonly paymentMethodId: string,
    /** Unique per intended charge, stable across retries (a subscription: `subscription:<id>:<periodEnd>:<attempt>`). */
    readonly idempotencyKey: string,
    /** Defaults to the invoice's open amount; never more than it. */
    readonly amount?: Money,
    /** Only this customer's invoice and methods are reachable (404 otherwise); undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
