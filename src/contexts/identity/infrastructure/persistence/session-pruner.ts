import { Injectable } from '@nestjs/common';
import { PeriodicPruner } from '@promenade/persistence';
import { DataSource } from 'typeorm';
import { SessionModel } from './session.model';

/**
 * Deletes sessions whose current refresh token has expired: nothing can use them again (a revoked
 * one was useless already, and is kept only until its token would have expired anyway).
 */
@Injectable()
export class SessionPruner extends PeriodicPruner {
  constructor(private readonly dataSource: DataSource) {
    super('sessions');
  }

  /** Answers how many sessions it deleted. */
  async prune(): Promise<number> {
    const { affected } = await this.dataSource.createQueryBuilder().delete().from(SessionModel).where('token_expires_at < now()').execute();
    return affected ?? 0;
  }
}
