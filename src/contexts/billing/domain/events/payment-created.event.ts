import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentCreatedPayload {
  paymentId: string;
  createdAt: string;
}

/** A payment came into being. */
export class PaymentCreated extends DomainEvent<PaymentCreatedPayload> {
  static readonly eventName = 'billing.payment-created';
  static readonly eventVersion = 1;

  constructor(payload: PaymentCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
