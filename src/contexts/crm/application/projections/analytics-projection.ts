export const ANALYTICS_PROJECTION = Symbol('AnalyticsProjection');

/**
 * A read-model row's facts as one event tells them. A field left out (or null) is "not said by this
 * event", never "cleared": every fact a projection keeps only ever moves from unknown to known.
 */
export interface CustomerFacts {
  status?: string;
  tier?: string;
  assignedTo?: string | null;
  deleted?: boolean;
  createdAt?: string;
}

export interface DealFacts {
  ownerId?: string;
  /** `lead` … `negotiation`, `closed_won` or `closed_lost`, as in the write model. */
  stage?: string;
  valueAmount?: number;
  currency?: string;
  probability?: number;
  createdAt?: string;
  closedAt?: string;
  deleted?: boolean;
}

export interface InteractionFacts {
  type?: string;
  followUpRequired?: boolean;
  followUpAt?: string | null;
  endedAt?: string | null;
  deleted?: boolean;
}

/** A customer moved in its lifecycle: to `status`, at `at` (the lifecycle-flow read model counts these). */
export interface LifecycleTransition {
  status: string;
  at: string;
}

/**
 * The CRM analytics read models (one row per customer, deal and interaction). Every change names the
 * aggregate's event sequence (1, 2, … per aggregate, stamped by the outbox): a newer event's facts win
 * over the row's, an older one only fills in facts the row does not know yet. So a replayed event changes
 * nothing and a late, older one cannot undo a newer one, whatever order the transport delivers them in.
 */
export interface AnalyticsProjection {
  applyCustomer(customerId: string, sequence: number, facts: CustomerFacts, transition?: LifecycleTransition): Promise<void>;
  applyDeal(dealId: string, sequence: number, facts: DealFacts): Promise<void>;
  applyInteraction(interactionId: string, sequence: number, facts: InteractionFacts): Promise<void>;
}
