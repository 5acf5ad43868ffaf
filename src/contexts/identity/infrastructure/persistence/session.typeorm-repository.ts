import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Session } from '../../domain/session/session.aggregate';
import { SessionNotFound } from '../../domain/session/session.errors';
import { SessionRepository } from '../../domain/session/session.repository';
import { sessionMapper } from './session.mapper';
import { SessionModel } from './session.model';

@Injectable()
export class SessionTypeOrmRepository extends TypeOrmAggregateRepository<Session, SessionModel> implements SessionRepository {
  constructor(uow: UnitOfWork) {
    super(uow, SessionModel, sessionMapper);
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
