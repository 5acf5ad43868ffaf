import { Query } from '@nestjs/cqrs';
import { Subscription } from '../../domain/subscription/subscription.aggregate';

export class GetSubscription extends Query<Subscription> {
  constructor(
    readonly subscriptionId: string,
    /** Only this customer's subscriptions are reachable (another's is not found); undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
