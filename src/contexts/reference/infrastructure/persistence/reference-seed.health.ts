import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { HealthChecks } from '@promenade/platform';
import { REFERENCE_SEED_STORE, ReferenceSeedStore } from './reference-seeder';
import { seedVersions } from './source-packages';

/**
 * Startup waits for the reference data: the tables hold what the installed source packages (and the mapping) list, as the
 * seeder records it. A process whose seeding failed, or one started beside an older release's data, is not started.
 */
@Injectable()
export class ReferenceSeedHealth implements OnModuleInit {
  constructor(
    @Inject(REFERENCE_SEED_STORE) private readonly store: ReferenceSeedStore,
    private readonly health: HealthIndicatorService,
    private readonly checks: HealthChecks,
  ) {}

  onModuleInit(): void {
    this.checks.add('startup', () => this.check());
  }

  async check(key = 'referenceData'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    const recorded = await this.store.loadedVersions();
    const notLoaded = Object.entries(seedVersions())
      .filter(([source, version]) => recorded[source] !== version)
      .map(([source]) => source);
    return notLoaded.length === 0 ? indicator.up() : indicator.down({ notLoaded });
  }
}
