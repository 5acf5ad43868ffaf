import { hostname } from 'node:os';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, runsBackgroundWork } from '@promenade/config';
import { DataSource } from 'typeorm';

/** A recurring job's timers, stopped by its owner (which knows what must still be running while it finishes). */
export interface ScheduledJob {
  /** Clears the timers and waits for a run in progress. */
  stop(): Promise<void>;
}

export interface ScheduledJobOptions {
  /** Unique across the deployment: the claim is made under this name. */
  name: string;
  everyMs: number;
  /** The first tick waits this long (default: one period), so a start-up is not slowed by housekeeping. */
  firstAfterMs?: number;
  run: () => Promise<unknown>;
}

const NO_JOB: ScheduledJob = { stop: async () => undefined };

/**
 * Recurring background work, once per period across every instance. Each instance ticks on its own timer; a tick first claims
 * the current period (`platform.scheduled_runs`, one conditional upsert on the database's clock), and only the instance whose claim
 * took the row runs the job, so pruning and the redelivery sweep run once per period however many instances there are. A tick
 * that finds the last run still going is skipped; a failed run is logged and the next period tries again. Jobs run only in
 * processes that do background work (PROCESS_ROLE all or worker).
 */
@Injectable()
export class ClusterSchedule {
  private readonly logger = new Logger(ClusterSchedule.name);
  private readonly instance = `${hostname()}:${process.pid}`;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  every({ name, everyMs, firstAfterMs = everyMs, run }: ScheduledJobOptions): ScheduledJob {
    if (!runsBackgroundWork(this.config)) return NO_JOB;
    let running: Promise<void> | undefined;
    const tick = () => {
      running ??= this.claim(name, everyMs)
        .then((claimed) => (claimed ? run() : undefined))
        .then(
          () => undefined,
          (error: unknown) =>
            this.logger.error(`${name} failed, trying again next period: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => (running = undefined));
    };
    let interval: NodeJS.Timeout | undefined;
    const first = setTimeout(() => {
      tick();
      interval = setInterval(tick, everyMs).unref();
    }, firstAfterMs).unref();
    return {
      stop: async () => {
        clearTimeout(first);
        clearInterval(interval);
        await running;
      },
    };
  }

  /** Claims the period `now` falls in for `job`; true for exactly one caller per period. Public so tests can race it. */
  async claim(job: string, everyMs: number): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO platform.scheduled_runs AS run (job, period_start, claimed_by)
         VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) * 1000 / $2) * $2 / 1000.0), $3)
       ON CONFLICT (job) DO UPDATE SET period_start = excluded.period_start, claimed_by = excluded.claimed_by, claimed_at = now()
         WHERE run.period_start < excluded.period_start
       RETURNING job`,
      [job, everyMs, this.instance],
    );
    return rows.length === 1;
  }
}
