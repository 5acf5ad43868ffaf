import { AggregateRoot, newId } from '@promenade/ddd';
import { SubscriptionCreated } from '../events/subscription-created.event';
import { SubscriptionCancelled } from '../events/subscription-cancelled.event';
import { SubscriptionRenewed } from '../events/subscription-renewed.event';

export interface SubscriptionState {
  id: string;
  version: number;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** Subscription: its rules live here, as methods that check them and raise events. */
export class Subscription extends AggregateRoot<SubscriptionState> {
  private constructor(state: SubscriptionState) {
    super(state);
  }

  static create(now = new Date()): Subscription {
    const subscription = new Subscription({ id: newId(), version: 0, createdAt: now, updatedAt: now });
    subscription.apply(new SubscriptionCreated({ subscriptionId: subscription.id, createdAt: now.toISOString() }));
    return subscription;
  }

  /** Rebuilds a stored subscription; no rule is re-run and no event raised. */
  static restore(state: SubscriptionState): Subscription {
    return new Subscription(state);
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** Cancel this subscription. Check the rule that allows it here, before the event. */
  cancel(now = new Date()): void {
    this.apply(new SubscriptionCancelled({ subscriptionId: this.id, cancelledAt: now.toISOString() }));
  }

  /** Renew this subscription. Check the rule that allows it here, before the event. */
  renew(now = new Date()): void {
    this.apply(new SubscriptionRenewed({ subscriptionId: this.id, renewedAt: now.toISOString() }));
  }
}
