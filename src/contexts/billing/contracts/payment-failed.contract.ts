import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentFailedContractPayload {
  paymentId: string;
}

/**
 * Something happened to a payment that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class PaymentFailedContract extends DomainEvent<PaymentFailedContractPayload> {
  static readonly eventName = 'billing.payment-failed';
  static readonly eventVersion = 1;

  constructor(payload: PaymentFailedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
