import { openedInMemory } from '@promenade/ddd';
import { describePlanRepositoryContract } from './plan-repository.contract';
import { InMemoryPlanRepository } from './in-memory-plan.repository';

describe('InMemoryPlanRepository', () => {
  describePlanRepositoryContract(async () => openedInMemory(new InMemoryPlanRepository()));
});
