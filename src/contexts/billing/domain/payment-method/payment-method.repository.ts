import { PaymentMethod } from './payment-method.aggregate';

export const PAYMENT_METHOD_REPOSITORY = Symbol('PaymentMethodRepository');

/** Where payment methods are kept. `getById` throws PaymentMethodNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface PaymentMethodRepository {
  getById(id: string): Promise<PaymentMethod>;
  save(paymentMethod: PaymentMethod): Promise<void>;
}
