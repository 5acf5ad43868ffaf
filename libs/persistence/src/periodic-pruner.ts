import { Inject, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ClusterSchedule, ScheduledJob } from './cluster-schedule';

const PRUNE_EVERY_MS = 60 * 60 * 1000;
/** The first run waits for start-up to settle rather than compete with it. */
const FIRST_PRUNE_AFTER_MS = 30 * 1000;

/**
 * Deletes rows that have outlived their use, shortly after start and then hourly, once per hour across the
 * instances (ClusterSchedule). A failed run is logged and tried again the next hour.
 */
export abstract class PeriodicPruner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  @Inject(ClusterSchedule) private readonly schedule!: ClusterSchedule;
  private job: ScheduledJob | undefined;

  /** @param what what the pruned rows are, for the log ("sessions"); it also names the job ("prune sessions") */
  protected constructor(private readonly what: string) {}

  /** Deletes what has expired; answers how many rows went. */
  abstract prune(): Promise<number>;

  onApplicationBootstrap(): void {
    this.job = this.schedule.every({
      name: `prune ${this.what}`,
      everyMs: PRUNE_EVERY_MS,
      firstAfterMs: FIRST_PRUNE_AFTER_MS,
      run: async () => this.logger.debug(`pruned ${await this.prune()} ${this.what}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }
}
