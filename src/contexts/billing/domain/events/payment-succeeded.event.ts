import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentSucceededPayload {
  paymentId: string;
}

/** Something happened to a payment that other contexts may react to. */
export class PaymentSucceeded extends DomainEvent<PaymentSucceededPayload> {
  static readonly eventName = 'billing.payment-succeeded';
  static readonly eventVersion = 1;

  constructor(payload: PaymentSucceededPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
