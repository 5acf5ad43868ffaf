import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentMethodCreatedPayload {
  paymentMethodId: string;
  createdAt: string;
}

/** A payment method came into being. */
export class PaymentMethodCreated extends DomainEvent<PaymentMethodCreatedPayload> {
  static readonly eventName = 'billing.payment-method-created';
  static readonly eventVersion = 1;

  constructor(payload: PaymentMethodCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentMethodId, payload, metadata);
  }
}
