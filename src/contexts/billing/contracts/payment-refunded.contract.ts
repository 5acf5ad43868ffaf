import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentRefundedContractPayload {
  paymentId: string;
}

/**
 * Something happened to a payment that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class PaymentRefundedContract extends DomainEvent<PaymentRefundedContractPayload> {
  static readonly eventName = 'billing.payment-refunded';
  static readonly eventVersion = 1;

  constructor(payload: PaymentRefundedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
