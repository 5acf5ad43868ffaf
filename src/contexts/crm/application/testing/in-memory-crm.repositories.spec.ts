import { openedInMemory } from '@promenade/ddd';
import {
  describeCompanyRepositoryContract,
  describeCustomerRepositoryContract,
  describeDealRepositoryContract,
  describeInteractionRepositoryContract,
} from './crm-repository.contracts';
import { InMemoryCompanyRepository } from './in-memory-company.repository';
import { InMemoryCustomerRepository } from './in-memory-customer.repository';
import { InMemoryDealRepository } from './in-memory-deal.repository';
import { InMemoryInteractionRepository } from './in-memory-interaction.repository';

describe('InMemoryCustomerRepository', () =>
  describeCustomerRepositoryContract(async () => openedInMemory(new InMemoryCustomerRepository())));
describe('InMemoryCompanyRepository', () => describeCompanyRepositoryContract(async () => openedInMemory(new InMemoryCompanyRepository())));
describe('InMemoryDealRepository', () => describeDealRepositoryContract(async () => openedInMemory(new InMemoryDealRepository())));
describe('InMemoryInteractionRepository', () =>
  describeInteractionRepositoryContract(async () => openedInMemory(new InMemoryInteractionRepository())));
