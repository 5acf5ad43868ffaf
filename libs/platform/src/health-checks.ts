import { Injectable } from '@nestjs/common';
import { HealthIndicatorFunction } from '@nestjs/terminus';

/** The probes libraries add checks to, beside the database: `/health/ready` (can serve) and `/health/startup` (has started). */
export type HealthProbe = 'ready' | 'startup';

/** A section of `/health/details` about one part of the service: any JSON, quick to gather. */
export type HealthDetail = () => Promise<Record<string, unknown>>;

/**
 * Where the libraries and contexts that own a dependency say how to check it (event delivery adds its transport and relay to
 * readiness, Reference its seed data to startup) and what staff should see of it on `/health/details`.
 */
@Injectable()
export class HealthChecks {
  private readonly probes: Record<HealthProbe, HealthIndicatorFunction[]> = { ready: [], startup: [] };
  private readonly sections = new Map<string, HealthDetail>();

  add(probe: HealthProbe, check: HealthIndicatorFunction): void {
    this.probes[probe].push(check);
  }

  of(probe: HealthProbe): HealthIndicatorFunction[] {
    return [...this.probes[probe]];
  }

  /** One section of `/health/details`, under `name` (unique). */
  describe(name: string, detail: HealthDetail): void {
    if (this.sections.has(name)) throw new Error(`health details already has a section ${name}`);
    this.sections.set(name, detail);
  }

  details(): Array<[string, HealthDetail]> {
    return [...this.sections];
  }
}

/** Runs `probe` and answers how long it took, in milliseconds to 0.1: what a details section reports as latency. */
export async function timed<T>(probe: () => Promise<T>): Promise<{ result: T; latencyMs: number }> {
  const started = performance.now();
  const result = await probe();
  return { result, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
}
