import { Injectable } from '@nestjs/common';
import { Email } from '@promenade/ddd';
import { TypeOrmAggregateRepository, uniqueViolation, UnitOfWork } from '@promenade/persistence';
import { User } from '../../domain/user.aggregate';
import { EmailAlreadyRegistered, UserNotFound } from '../../domain/user.errors';
import { UserFilter, UserRepository } from '../../domain/user.repository';
import { userMapper } from './user.mapper';
import { UserModel } from './user.model';

/** The unique index on lower(email) of the CreateUsers migration. */
const ONE_USER_PER_EMAIL = 'users_email_lower';

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
    const row = await this.models.createQueryBuilder('user').where('lower(user.email) = :email', { email: email.normalized }).getOne();
    return row ? userMapper.toDomain(row) : undefined;
  }

  async findPage(filter: UserFilter, offset: number, limit: number): Promise<{ items: User[]; total: number }> {
    const query = this.models.createQueryBuilder('user').orderBy('user.id', 'DESC').skip(offset).take(limit);
    if (filter.status) query.andWhere('user.status = :status', { status: filter.status });
    // Containment (@>), not `= ANY(...)`: only the former can use the GIN index on roles.
    if (filter.role) query.andWhere('user.roles @> ARRAY[:role]::text[]', { role: filter.role });
    if (filter.email) query.andWhere('lower(user.email) LIKE :email', { email: `%${escapeLike(filter.email.toLowerCase())}%` });
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
