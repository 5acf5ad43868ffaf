import { SubscriptionCreated } from '../../domain/events/subscription-created.event';
import { InMemorySubscriptionRepository } from '../testing/in-memory-subscription.repository';
import { CreateSubscription } from './create-subscription.command';
import { CreateSubscriptionHandler } from './create-subscription.handler';

describe('CreateSubscriptionHandler', () => {
  it('saves a new subscription that raised SubscriptionCreated, and answers its id', async () => {
    const repository = new InMemorySubscriptionRepository();
    const id = await new CreateSubscriptionHandler(repository).execute(new CreateSubscription());
    expect(repository.all().map((subscription) => subscription.id)).toEqual([id]);
    expect(repository.published).toEqual([expect.any(SubscriptionCreated)]);
  });
});
