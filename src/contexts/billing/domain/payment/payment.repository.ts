import { Payment } from './payment.aggregate';

export const PAYMENT_REPOSITORY = Symbol('PaymentRepository');

/** Where payments are kept. `getById` throws PaymentNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface PaymentRepository {
  getById(id: string): Promise<Payment>;
  save(payment: Payment): Promise<void>;
}
