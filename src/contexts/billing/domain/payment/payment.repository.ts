import { Payment } from './payment.aggregate';
import { PaymentStatus } from './payment-status';

export const PAYMENT_REPOSITORY = Symbol('PaymentRepository');

export interface PaymentFilter {
  customerId?: string;
  invoiceId?: string;
  status?: PaymentStatus;
}

/**
 * Where payments are kept. `getById` throws PaymentNotFound, also when `ownerId` is given and the payment is
 * another customer's (no existence leak). `save` is optimistic (ConcurrencyConflict); a second payment with
 * an idempotency key already used is refused by the store's unique key.
 */
export interface PaymentRepository {
  getById(id: string, ownerId?: string): Promise<Payment>;
  /** As getById, its row locked (SELECT … FOR UPDATE) until the command's transaction ends: one refund of it at a time. */
  lockById(id: string, ownerId?: string): Promise<Payment>;
  findByIdempotencyKey(idempotencyKey: string): Promise<Payment | null>;
  findByProviderReference(providerReference: string): Promise<Payment | null>;
  /** The invoice's payments not settled yet (OPEN_PAYMENT_STATUSES): what it may still be paid by. */
  findOpenByInvoice(invoiceId: string): Promise<Payment[]>;
  /** The invoice's succeeded payments, refunded or not: what was captured on it. */
  findCapturedByInvoice(invoiceId: string): Promise<Payment[]>;
  findPage(filter: PaymentFilter, offset: number, limit: number): Promise<{ items: Payment[]; total: number }>;
  save(payment: Payment): Promise<void>;
}
