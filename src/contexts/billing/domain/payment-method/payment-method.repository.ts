import { PaymentMethod } from './payment-method.aggregate';

export const PAYMENT_METHOD_REPOSITORY = Symbol('PaymentMethodRepository');

/**
 * Where payment methods are kept. `getById` throws PaymentMethodNotFound for a deleted method too, and when
 * `ownerId` is given and the method is another customer's (no existence leak). `findPage` lists a customer's
 * methods that are not deleted, newest first. `save` is optimistic (ConcurrencyConflict).
 */
export interface PaymentMethodRepository {
  getById(id: string, ownerId?: string): Promise<PaymentMethod>;
  findPage(customerId: string | undefined, offset: number, limit: number): Promise<{ items: PaymentMethod[]; total: number }>;
  save(paymentMethod: PaymentMethod): Promise<void>;
}
