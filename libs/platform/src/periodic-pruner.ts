import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

const PRUNE_EVERY_MS = 60 * 60 * 1000;
/** The first run waits for start-up to settle rather than compete with it. */
const FIRST_PRUNE_AFTER_MS = 30 * 1000;

/**
 * Deletes rows that have outlived their use, shortly after start and then hourly while the application
 * runs. A failed run is logged and tried again at the next one; every instance may run it (a DELETE of
 * expired rows is safe to repeat).
 */
export abstract class PeriodicPruner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  private firstRun: NodeJS.Timeout | undefined;
  private timer: NodeJS.Timeout | undefined;

  /** @param what what the pruned rows are, for the log ("sessions") */
  protected constructor(private readonly what: string) {}

  /** Deletes what has expired; answers how many rows went. */
  abstract prune(): Promise<number>;

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

  private pruneLogged(): void {
    this.prune()
      .then((pruned) => this.logger.debug(`pruned ${pruned} ${this.what}`))
      .catch((error: Error) => this.logger.error(`pruning ${this.what} failed: ${error.message}`));
  }
}
