import { openedInMemory } from '@promenade/ddd';
import { describePaymentMethodRepositoryContract } from './payment-method-repository.contract';
import { InMemoryPaymentMethodRepository } from './in-memory-payment-method.repository';

describe('InMemoryPaymentMethodRepository', () => {
  describePaymentMethodRepositoryContract(async () => openedInMemory(new InMemoryPaymentMethodRepository()));
});
