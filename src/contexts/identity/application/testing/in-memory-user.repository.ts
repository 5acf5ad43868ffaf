import { DomainEvent, Email, normalizeEmailText } from '@promenade/ddd';
import { User } from '../../domain/user.aggregate';
import { UserNotFound } from '../../domain/user.errors';
import { UserFilter, UserRepository } from '../../domain/user.repository';

/** A unit-test stand-in for the user store: keeps a copy of each saved user and collects the events it would publish. */
export class InMemoryUserRepository implements UserRepository {
  readonly published: DomainEvent[] = [];
  private readonly users = new Map<string, User>();

  async getById(id: string): Promise<User> {
    const stored = await this.find(id);
    if (!stored) throw new UserNotFound(id);
    return stored;
  }

  async find(id: string): Promise<User | undefined> {
    const stored = this.users.get(id);
    return stored && copyOf(stored);
  }

  async findByEmail(email: Email): Promise<User | undefined> {
    return this.withEmail(email);
  }

  // The login methods call no public one, so a spy on the port sees exactly what a handler asked for.
  async findForLogin(email: Email | undefined): Promise<User | undefined> {
    return email && this.withEmail(email);
  }

  async saveRefusedLogin(user: User | undefined): Promise<void> {
    if (user) this.store(user);
  }

  async findPage(filter: UserFilter, offset: number, limit: number): Promise<{ items: User[]; total: number }> {
    const matches = [...this.users.values()]
      .filter((user) => (filter.status ?? user.status) === user.status)
      .filter((user) => !filter.role || user.roles.includes(filter.role))
      .filter((user) => !filter.email || user.email.normalized.includes(normalizeEmailText(filter.email)))
      .sort((a, b) => b.id.localeCompare(a.id));
    return { items: matches.slice(offset, offset + limit).map(copyOf), total: matches.length };
  }

  async save(user: User): Promise<void> {
    this.store(user);
  }

  private withEmail(email: Email): User | undefined {
    const stored = [...this.users.values()].find((user) => user.email.equals(email));
    return stored && copyOf(stored);
  }

  private store(user: User): void {
    const nextVersion = user.version + 1;
    this.published.push(...user.pullEvents());
    user.markPersisted(nextVersion);
    this.users.set(user.id, copyOf(user));
  }
}

function copyOf(user: User): User {
  return User.restore({
    id: user.id,
    version: user.version,
    createdAt: user.createdAt,
    email: user.email,
    passwordHash: user.passwordHash,
    status: user.status,
    roles: [...user.roles],
    emailVerifiedAt: user.emailVerifiedAt,
    failedLogins: user.failedLogins,
    lockedUntil: user.lockedUntil,
    sessionEpoch: user.sessionEpoch,
  });
}
