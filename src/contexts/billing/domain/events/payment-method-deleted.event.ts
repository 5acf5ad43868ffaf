import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentMethodDeletedPayload {
  paymentMethodId: string;
  deletedAt: string;
}

/** A payment method was deleted. */
export class PaymentMethodDeleted extends DomainEvent<PaymentMethodDeletedPayload> {
  static readonly eventName = 'billing.payment-method-deleted';
  static readonly eventVersion = 1;

  constructor(payload: PaymentMethodDeletedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentMethodId, payload, metadata);
  }
}
