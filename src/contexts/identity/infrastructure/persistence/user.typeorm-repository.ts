import { Injectable } from '@nestjs/common';
import { Email, normalizeEmailText } from '@promenade/ddd';
import { TypeOrmAggregateRepository, uniqueViolation, UnitOfWork } from '@promenade/persistence';
import { User } from '../../domain/user.aggregate';
import { EmailAlreadyRegistered, UserNotFound } from '../../domain/user.errors';
import { UserFilter, UserRepository } from '../../domain/user.repository';
import { userMapper } from './user.mapper';
import { UserModel } from './user.model';

/** The unique index on the (normalised) email of the NormalizeUserEmails migration. */
const ONE_USER_PER_EMAIL = 'users_email';

/** Stands in for a user when an unknown address's refusal writes what a known one's does (and matches no row). */
const NO_USER = '00000000-0000-0000-0000-000000000000';
const NOBODY = User.restore({
  id: NO_USER,
  version: 0,
  createdAt: new Date(0),
  email: Email.of('nobody@invalid.invalid'),
  passwordHash: '',
  status: 'active',
  roles: [],
  failedLogins: 0,
  sessionEpoch: 0,
});

@Injectable()
export class UserTypeOrmRepository extends TypeOrmAggregateRepository<User, UserModel> implements UserRepository {
  constructor(uow: UnitOfWork) {
    super(uow, UserModel, userMapper);
  }

  async getById(id: string): Promise<User> {
    const user = await this.findById(id);
    if (!user) throw new UserNotFound(id);
    return user;
  }

  async find(id: string): Promise<User | undefined> {
    return (await this.findById(id)) ?? undefined;
  }

  async findByEmail(email: Email): Promise<User | undefined> {
    const row = await this.models.findOneBy({ email: email.normalized });
    return row ? userMapper.toDomain(row) : undefined;
  }

  async findForLogin(email: Email | undefined): Promise<User | undefined> {
    // No stored address is empty: a malformed one runs the same statement and finds nothing.
    const row = await this.models.findOne({ where: { email: email?.normalized ?? '' }, lock: { mode: 'pessimistic_write' } });
    return row ? userMapper.toDomain(row) : undefined;
  }

  async saveRefusedLogin(user: User | undefined): Promise<void> {
    if (user) return this.save(user);
    // The same UPDATE a known user's refusal issues (every column, the next version), on an id no row has.
    await this.models.update({ id: NO_USER, version: 0 }, Object.assign(userMapper.toModel(NOBODY), { version: 1 }));
  }

  async findPage(filter: UserFilter, offset: number, limit: number): Promise<{ items: User[]; total: number }> {
    const query = this.models.createQueryBuilder('user').orderBy('user.id', 'DESC').skip(offset).take(limit);
    if (filter.status) query.andWhere('user.status = :status', { status: filter.status });
    // Containment (@>), not `= ANY(...)`: only the former can use the GIN index on roles.
    if (filter.role) query.andWhere('user.roles @> ARRAY[:role]::text[]', { role: filter.role });
    if (filter.email) query.andWhere('user.email LIKE :email', { email: `%${escapeLike(normalizeEmailText(filter.email))}%` });
    const [rows, total] = await query.getManyAndCount();
    return { items: rows.map((row) => userMapper.toDomain(row)), total };
  }

  /** Registration looks the address up first; two registrations of it at once both pass that, and the index stops the second. */
  override async save(user: User): Promise<void> {
    try {
      await super.save(user);
    } catch (error) {
      if (uniqueViolation(error) === ONE_USER_PER_EMAIL) throw new EmailAlreadyRegistered();
      throw error;
    }
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
