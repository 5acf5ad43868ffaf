import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface SagaTimeoutDuePayload {
  sagaId: string;
  /** The state whose timeout this is, and when it was due (ISO): it fires only if the saga still has exactly this timeout. */
  state: string;
  dueAt: string;
}

export type SagaTimeoutDue = DomainEvent<SagaTimeoutDuePayload>;

export interface SagaTimeoutDueType {
  readonly eventName: string;
  readonly eventVersion: number;
  new (payload: SagaTimeoutDuePayload, metadata?: Partial<EventMetadata>): SagaTimeoutDue;
}

/** `fulfillment.order-fulfillment` → `FulfillmentOrderFulfillmentTimeoutDue`, the class name logs and errors show. */
const classNameOf = (type: string) =>
  `${type
    .split(/[.-]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}TimeoutDue`;

/**
 * The scheduled event of one saga type's timeouts, `<type>-timeout-due` v1: a class per type, so the event name
 * routes it to that type's handler only. Raised with `deliverAt` = `dueAt` in the transaction that enters the state.
 */
export function sagaTimeoutEvent(type: string): SagaTimeoutDueType {
  const timeoutDue = class extends DomainEvent<SagaTimeoutDuePayload> {
    static readonly eventName = `${type}-timeout-due`;
    static readonly eventVersion = 1;

    constructor(payload: SagaTimeoutDuePayload, metadata?: Partial<EventMetadata>) {
      super(payload.sagaId, payload, metadata);
    }
  };
  Object.defineProperty(timeoutDue, 'name', { value: classNameOf(type) });
  return timeoutDue;
}
