import { openedInMemory } from '@promenade/ddd';
import { describeSubscriptionRepositoryContract } from './subscription-repository.contract';
import { InMemorySubscriptionRepository } from './in-memory-subscription.repository';

describe('InMemorySubscriptionRepository', () => {
  describeSubscriptionRepositoryContract(async () => openedInMemory(new InMemorySubscriptionRepository()));
});
