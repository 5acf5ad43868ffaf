import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentReconciliationDuePayload {
  paymentId: string;
  /** Which reconciliation this is (1, 2, …): a delivery for an attempt the payment moved past does nothing. */
  attempt: number;
}

/** Internal, raised with `metadata.deliverAt`: time to ask the provider what became of a charge it did not answer. */
export class PaymentReconciliationDue extends DomainEvent<PaymentReconciliationDuePayload> {
  static readonly eventName = 'billing.payment-reconciliation-due';
  static readonly eventVersion = 1;

  constructor(payload: PaymentReconciliationDuePayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
