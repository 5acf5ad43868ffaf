import { Injectable } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { Email, normalizeEmailText } from '@promenade/ddd';
import { TypeOrmAggregateRepository, uniqueViolation, UnitOfWork } from '@promenade/persistence';
import { EntityManager } from 'typeorm';
import { User } from '../../domain/user/user.aggregate';
import { EmailAlreadyRegistered, UserNotFound } from '../../domain/user/user.errors';
import { UserFilter, UserRepository } from '../../domain/user/user.repository';
import { PrincipalCache } from '../auth/principal-cache';
import { signingKey } from '../auth/signing-key';
import { LoginDecoySlots } from './login-decoys';
import { userMapper } from './user.mapper';
import { UserModel } from './user.model';

/** The unique index on the (normalised) email of the NormalizeUserEmails migration. */
const ONE_USER_PER_EMAIL = 'users_email';

/**
 * A login's one lookup: the user of the address ($1) with its row locked or, when there is none, the address's decoy
 * row ($2) locked instead. Either way one row lock, taken before the password is checked, so attempts at one address
 * take turns whether it has an account or not. Exactly one row comes back (none only if the decoy row is missing).
 */
const LOCK_FOR_LOGIN = `
  WITH "user" AS (
    SELECT * FROM "identity"."users" WHERE "email" = $1 FOR UPDATE
  ), "decoy" AS (
    SELECT "slot" FROM "identity"."login_decoys" WHERE "slot" = $2 AND NOT EXISTS (SELECT FROM "user") FOR UPDATE
  )
  SELECT "user".*, "decoy"."slot" AS "decoy_slot" FROM "user" FULL JOIN "decoy" ON true`;

/** A refusal at an address with no user: the write (a new row version, a WAL record flushed at commit) a user's would be. */
const REFUSE_AT_DECOY = `UPDATE "identity"."login_decoys" SET "refusals" = "refusals" + 1, "refused_at" = now() WHERE "slot" = $1`;

@Injectable()
export class UserTypeOrmRepository extends TypeOrmAggregateRepository<User, UserModel> implements UserRepository {
  private readonly decoySlots: LoginDecoySlots;
  /** The decoy row each open login transaction has locked, for its refusal to update. */
  private readonly lockedDecoys = new WeakMap<EntityManager, number>();

  constructor(
    uow: UnitOfWork,
    config: AppConfig,
    private readonly principals: PrincipalCache,
  ) {
    super(uow, UserModel, userMapper);
    this.decoySlots = new LoginDecoySlots(signingKey(config));
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
    const slot = this.decoySlots.of(email);
    // No stored address is empty: a malformed one runs the same statement and finds no user.
    const [row]: Array<Record<string, unknown>> = await this.uow.manager.query(LOCK_FOR_LOGIN, [email?.normalized ?? '', slot]);
    if (row?.id) return userMapper.toDomain(this.modelOf(row));
    if (row?.decoy_slot !== slot) throw new Error(`identity.login_decoys has no row ${slot}: run the identity migrations`);
    this.lockedDecoys.set(this.uow.manager, slot);
    return undefined;
  }

  async saveRefusedLogin(user: User | undefined): Promise<void> {
    if (user) return this.save(user);
    const manager = this.uow.manager;
    const slot = this.lockedDecoys.get(manager);
    if (slot === undefined) throw new Error('a refusal without a user follows findForLogin, in its transaction');
    this.lockedDecoys.delete(manager);
    await manager.query(REFUSE_AT_DECOY, [slot]);
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

  /** A `users` row as the driver returned it (column names, PostgreSQL types already parsed), as TypeORM would hydrate it. */
  private modelOf(row: Record<string, unknown>): UserModel {
    const { metadata } = this.models;
    const model = this.models.create();
    for (const column of metadata.columns)
      column.setEntityValue(model, metadata.connection.driver.prepareHydratedValue(row[column.databaseName], column));
    return model;
  }

  /**
   * Registration looks the address up first; two registrations of it at once both pass that, and the index stops the second.
   * Once the change commits, this instance checks the user's tokens afresh (a suspension, new roles, a new session epoch).
   */
  override async save(user: User): Promise<void> {
    try {
      await super.save(user);
    } catch (error) {
      if (uniqueViolation(error) === ONE_USER_PER_EMAIL) throw new EmailAlreadyRegistered();
      throw error;
    }
    this.uow.afterCommit(() => this.principals.forgetUser(user.id));
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
