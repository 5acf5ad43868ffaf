import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Session } from '../../domain/session/session.aggregate';
import { SessionNotFound } from '../../domain/session/session.errors';
import { SessionRepository } from '../../domain/session/session.repository';
import { PrincipalCache } from '../auth/principal-cache';
import { sessionMapper } from './session.mapper';
import { SessionModel } from './session.model';

@Injectable()
export class SessionTypeOrmRepository extends TypeOrmAggregateRepository<Session, SessionModel> implements SessionRepository {
  constructor(
    uow: UnitOfWork,
    private readonly principals: PrincipalCache,
  ) {
    super(uow, SessionModel, sessionMapper);
  }

  /** Once a change (a revocation) commits, this instance checks the user's tokens afresh. */
  override async save(session: Session): Promise<void> {
    await super.save(session);
    this.uow.afterCommit(() => this.principals.forgetUser(session.userId));
  }

  async getById(id: string): Promise<Session> {
    const session = await this.findById(id);
    if (!session) throw new SessionNotFound(id);
    return session;
  }

  async find(id: string): Promise<Session | undefined> {
    return (await this.findById(id)) ?? undefined;
  }

  async findByTokenHash(hash: string): Promise<Session | undefined> {
    const row = await this.models
      .createQueryBuilder('session')
      .where('session.token_hash = :hash OR session.spent_token_hashes @> ARRAY[:hash]::text[]', { hash })
      .getOne();
    return row ? sessionMapper.toDomain(row) : undefined;
  }
}
