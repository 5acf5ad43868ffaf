import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface DealStageChangedPayload {
  dealId: string;
  ownerId: string;
  /** `amount` in minor units of `currency`. */
  value: { amount: number; currency: string };
  /** Both open stages, one apart. */
  from: string;
  to: string;
  /** The new stage's default probability (a move resets any override), percent. */
  probability: number;
  changedAt: string;
}

/** An open deal moved one stage forward or back (winning and losing raise their own events). */
export class DealStageChanged extends DomainEvent<DealStageChangedPayload> {
  static readonly eventName = 'crm.deal-stage-changed';
  static readonly eventVersion = 1;

  constructor(payload: DealStageChangedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.dealId, payload, metadata);
  }
}
