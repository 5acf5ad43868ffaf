import { AnalyticsProjection, CustomerFacts, DealFacts, InteractionFacts, LifecycleTransition } from '../projections/analytics-projection';
import { mergeFacts, ProjectedRow } from '../projections/merge-facts';

/** A unit-test stand-in for the analytics tables, with the same rule as the SQL store (merge by sequence). */
export class InMemoryAnalyticsProjection implements AnalyticsProjection {
  readonly customers = new Map<string, ProjectedRow<CustomerFacts>>();
  readonly deals = new Map<string, ProjectedRow<DealFacts>>();
  readonly interactions = new Map<string, ProjectedRow<InteractionFacts>>();
  /** Keyed `customerId#sequence`, as the table's primary key: one transition per event. */
  readonly transitions = new Map<string, LifecycleTransition>();

  async applyCustomer(customerId: string, sequence: number, facts: CustomerFacts, transition?: LifecycleTransition): Promise<void> {
    this.customers.set(customerId, mergeFacts(this.customers.get(customerId), sequence, facts));
    if (transition) this.transitions.set(`${customerId}#${sequence}`, transition);
  }

  async applyDeal(dealId: string, sequence: number, facts: DealFacts): Promise<void> {
    this.deals.set(dealId, mergeFacts(this.deals.get(dealId), sequence, facts));
  }

  async applyInteraction(interactionId: string, sequence: number, facts: InteractionFacts): Promise<void> {
    this.interactions.set(interactionId, mergeFacts(this.interactions.get(interactionId), sequence, facts));
  }
}
