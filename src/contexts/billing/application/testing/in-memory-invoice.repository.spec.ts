import { openedInMemory } from '@promenade/ddd';
import { describeInvoiceRepositoryContract } from './invoice-repository.contract';
import { InMemoryInvoiceRepository } from './in-memory-invoice.repository';

describe('InMemoryInvoiceRepository', () => {
  describeInvoiceRepositoryContract(async () => openedInMemory(new InMemoryInvoiceRepository()));
});
