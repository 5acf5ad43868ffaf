import { Email, InMemoryAggregateRepository, normalizeEmailText } from '@promenade/ddd';
import { User, UserState } from '../../domain/user/user.aggregate';
import { UserNotFound } from '../../domain/user/user.errors';
import { UserFilter, UserRepository } from '../../domain/user/user.repository';

/** A unit-test stand-in for the user store. */
export class InMemoryUserRepository extends InMemoryAggregateRepository<User, UserState> implements UserRepository {
  constructor() {
    super(User.restore);
  }

  async getById(id: string): Promise<User> {
    const stored = this.stored(id);
    if (!stored) throw new UserNotFound(id);
    return stored;
  }

  async find(id: string): Promise<User | undefined> {
    return this.stored(id);
  }

  async findByEmail(email: Email): Promise<User | undefined> {
    return this.withEmail(email);
  }

  // The login methods call no public one, so a spy on the port sees exactly what a handler asked for.
  async findForLogin(email: Email | undefined): Promise<User | undefined> {
    return email && this.withEmail(email);
  }

  async saveRefusedLogin(user: User | undefined): Promise<void> {
    if (user) await super.save(user);
  }

  async findPage(filter: UserFilter, offset: number, limit: number): Promise<{ items: User[]; total: number }> {
    const matches = this.all()
      .filter((user) => (filter.status ?? user.status) === user.status)
      .filter((user) => !filter.role || user.roles.includes(filter.role))
      .filter((user) => !filter.email || user.email.normalized.includes(normalizeEmailText(filter.email)));
    return this.pageOf(matches, offset, limit);
  }

  private withEmail(email: Email): User | undefined {
    return this.all().find((user) => user.email.equals(email));
  }
}
