import { openedInMemory } from '@promenade/ddd';
import {
  describeContactRepositoryContract,
  describeProfileRepositoryContract,
  describeRoleRepositoryContract,
  describeSessionRepositoryContract,
  describeUserRepositoryContract,
} from './identity-repository.contracts';
import { InMemoryContactRepository } from './in-memory-contact.repository';
import { InMemoryProfileRepository } from './in-memory-profile.repository';
import { InMemoryRoleRepository } from './in-memory-role.repository';
import { InMemorySessionRepository } from './in-memory-session.repository';
import { InMemoryUserRepository } from './in-memory-user.repository';

describe('InMemoryUserRepository', () => describeUserRepositoryContract(async () => openedInMemory(new InMemoryUserRepository())));
describe('InMemorySessionRepository', () => describeSessionRepositoryContract(async () => openedInMemory(new InMemorySessionRepository())));
describe('InMemoryContactRepository', () => describeContactRepositoryContract(async () => openedInMemory(new InMemoryContactRepository())));
describe('InMemoryProfileRepository', () => describeProfileRepositoryContract(async () => openedInMemory(new InMemoryProfileRepository())));
describe('InMemoryRoleRepository', () => describeRoleRepositoryContract(async () => openedInMemory(new InMemoryRoleRepository())));
