import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { HealthChecks, timed } from '@promenade/platform';
import { DataSource } from 'typeorm';
import { DATABASE_CONNECTION, DatabaseConnection } from './database-connection';
import { poolUsage } from './database-pool';
import { pendingMigrations } from './migrations';

/**
 * The database's part of the health endpoints: startup waits for every migration (a process started on an older schema, or
 * one whose `auto` migration has not finished, is not started), and the details show its latency, pool and endpoint.
 */
@Injectable()
export class DatabaseHealth implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthIndicatorService,
    private readonly checks: HealthChecks,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
  ) {}

  onModuleInit(): void {
    this.checks.add('startup', () => this.migrationsApplied());
    this.checks.describe('database', async () => {
      const { latencyMs } = await timed(() => this.dataSource.query('SELECT 1'));
      return {
        status: 'up',
        latencyMs,
        endpoint: this.connection.endpoint.kind,
        pool: poolUsage(this.dataSource),
        pendingMigrations: await pendingMigrations(this.dataSource),
      };
    });
  }

  async migrationsApplied(key = 'migrations'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    const pending = await pendingMigrations(this.dataSource);
    return pending.length === 0 ? indicator.up() : indicator.down({ pending });
  }
}
