import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentConfirmedPayload {
  paymentId: string;
  confirmedAt: string;
}

/** A payment was confirmed. */
export class PaymentConfirmed extends DomainEvent<PaymentConfirmedPayload> {
  static readonly eventName = 'billing.payment-confirmed';
  static readonly eventVersion = 1;

  constructor(payload: PaymentConfirmedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
