import { Query } from '@nestjs/cqrs';
import { Subscription } from '../../domain/subscription/subscription.aggregate';

export class GetSubscription extends Query<Subscription> {
  constructor(readonly subscriptionId: string) {
    super();
  }
}
