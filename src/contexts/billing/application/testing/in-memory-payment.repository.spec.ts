import { openedInMemory } from '@promenade/ddd';
import { describePaymentRepositoryContract } from './payment-repository.contract';
import { InMemoryPaymentRepository } from './in-memory-payment.repository';

describe('InMemoryPaymentRepository', () => {
  describePaymentRepositoryContract(async () => openedInMemory(new InMemoryPaymentRepository()));
});
