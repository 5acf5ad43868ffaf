import { AppConfig } from '@promenade/config';
import { Email } from '@promenade/ddd';
import {
  CONTRACT_USERS,
  describeContactRepositoryContract,
  describeProfileRepositoryContract,
  describeRoleRepositoryContract,
  describeSessionRepositoryContract,
  describeUserRepositoryContract,
} from '../../src/contexts/identity/application/testing/identity-repository.contracts';
import { User } from '../../src/contexts/identity/domain/user/user.aggregate';
import { ContactModel } from '../../src/contexts/identity/infrastructure/persistence/contact.model';
import { ContactTypeOrmRepository } from '../../src/contexts/identity/infrastructure/persistence/contact.typeorm-repository';
import { ProfileModel } from '../../src/contexts/identity/infrastructure/persistence/profile.model';
import { ProfileTypeOrmRepository } from '../../src/contexts/identity/infrastructure/persistence/profile.typeorm-repository';
import { RoleModel } from '../../src/contexts/identity/infrastructure/persistence/role.model';
import { RoleTypeOrmRepository } from '../../src/contexts/identity/infrastructure/persistence/role.typeorm-repository';
import { SessionModel } from '../../src/contexts/identity/infrastructure/persistence/session.model';
import { SessionTypeOrmRepository } from '../../src/contexts/identity/infrastructure/persistence/session.typeorm-repository';
import { UserModel } from '../../src/contexts/identity/infrastructure/persistence/user.model';
import { UserTypeOrmRepository } from '../../src/contexts/identity/infrastructure/persistence/user.typeorm-repository';
import { PrincipalCache } from '../../src/contexts/identity/infrastructure/auth/principal-cache';
import { RepositoryDatabase } from '../support/repository-database';

const IDENTITY_TABLES = ['identity.users', 'identity.roles'];

/** Identity's repository contracts on the real PostgreSQL: the same suites its in-memory fakes pass. */
describe('Identity repositories on PostgreSQL', () => {
  let database: RepositoryDatabase;
  const config = Object.assign(new AppConfig(), { JWT_SECRET: 'a test secret of at least 32 characters' });
  const principals = new PrincipalCache(config);
  const usersOf = () => new UserTypeOrmRepository(database.uow, config, principals);

  beforeAll(async () => {
    database = await RepositoryDatabase.open([UserModel, SessionModel, ContactModel, ProfileModel, RoleModel]);
  });
  afterAll(() => database?.close());

  /** Emptied tables, then the users the session, contact and profile suites hang on (their foreign keys). */
  async function emptiedWithUsers<R>(repository: R) {
    const opened = await database.emptied(repository, IDENTITY_TABLES);
    const users = usersOf();
    for (const id of CONTRACT_USERS) {
      const user = User.register({ email: Email.of(`${id}@example.com`), passwordHash: 'hash', displayName: 'Owner' });
      await users.save(User.restore({ ...user.snapshot(), id }));
    }
    opened.released().length = 0;
    return opened;
  }

  describe('UserTypeOrmRepository', () => describeUserRepositoryContract(() => database.emptied(usersOf(), IDENTITY_TABLES)));
  describe('SessionTypeOrmRepository', () =>
    describeSessionRepositoryContract(() => emptiedWithUsers(new SessionTypeOrmRepository(database.uow, principals))));
  describe('ContactTypeOrmRepository', () =>
    describeContactRepositoryContract(() => emptiedWithUsers(new ContactTypeOrmRepository(database.uow))));
  describe('ProfileTypeOrmRepository', () =>
    describeProfileRepositoryContract(() => emptiedWithUsers(new ProfileTypeOrmRepository(database.uow))));
  describe('RoleTypeOrmRepository', () =>
    describeRoleRepositoryContract(() => database.emptied(new RoleTypeOrmRepository(database.uow, principals), IDENTITY_TABLES)));
});
