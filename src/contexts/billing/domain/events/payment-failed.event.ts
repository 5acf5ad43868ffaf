import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentFailedPayload {
  paymentId: string;
}

/** Something happened to a payment that other contexts may react to. */
export class PaymentFailed extends DomainEvent<PaymentFailedPayload> {
  static readonly eventName = 'billing.payment-failed';
  static readonly eventVersion = 1;

  constructor(payload: PaymentFailedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
