import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionModel } from './session.model';

const PRUNE_EVERY_MS = 60 * 60 * 1000;
/** The first run waits for start-up to settle rather than compete with it. */
const FIRST_PRUNE_AFTER_MS = 30 * 1000;

/**
 * Deletes sessions whose current refresh token has expired: nothing can use them again (a revoked
 * one was useless already, and is kept only until its token would have expired anyway).
 */
@Injectable()
export class SessionPruner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionPruner.name);
  private firstRun: NodeJS.Timeout | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.firstRun = setTimeout(() => this.pruneLogged(), FIRST_PRUNE_AFTER_MS);
    this.timer = setInterval(() => this.pruneLogged(), PRUNE_EVERY_MS);
    this.firstRun.unref();
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.firstRun);
    clearInterval(this.timer);
  }

  /** Answers how many sessions it deleted. */
  async prune(): Promise<number> {
    const { affected } = await this.dataSource.createQueryBuilder().delete().from(SessionModel).where('token_expires_at < now()').execute();
    this.logger.debug(`pruned ${affected ?? 0} expired session(s)`);
    return affected ?? 0;
  }

  private pruneLogged(): void {
    this.prune().catch((error: Error) => this.logger.error(`pruning sessions failed: ${error.message}`));
  }
}
