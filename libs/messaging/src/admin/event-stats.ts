import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig, runsBackgroundWork } from '@promenade/config';
import { HealthChecks } from '@promenade/platform';
import { EVENT_TRANSPORT, EventTransport } from '../delivery';
import { OutboxRelay } from '../outbox-relay';
import { RedeliverySweep } from '../redelivery-sweep';
import { DeadLetters } from './dead-letters';
import { Sagas, SagaStats } from './sagas';

/** The numbers an operator watches about event delivery. */
export interface EventStatsReading {
  transport: 'memory' | 'bullmq';
  outboxBacklog: number;
  /** How long the oldest event not yet relayed has waited, in seconds: the relay's lag (0 when none waits). */
  relayLagSeconds: number;
  queues: Record<string, number>;
  deadLetters: number;
  redelivered: number;
  sagas: SagaStats;
}

/**
 * Reads event delivery's figures for `GET /admin/events/stats`, and gives them to `/health/details` as its `events` section
 * (with whether this process relays), so both say the same.
 */
@Injectable()
export class EventStats implements OnModuleInit {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly sweep: RedeliverySweep,
    private readonly deadLetters: DeadLetters,
    private readonly sagas: Sagas,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    private readonly checks: HealthChecks,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.checks.describe('events', async () => {
      const { lastError, running } = this.relay.status();
      const relay = runsBackgroundWork(this.config) ? (running ? 'running' : 'stopped') : 'in worker processes';
      const healthy = relay !== 'stopped' && !lastError;
      return { status: healthy ? 'up' : 'down', relay, lastRelayError: lastError, ...(await this.read()) };
    });
  }

  /** Throws TransportUnavailable when the broker cannot be asked for the queue depths. */
  async read(): Promise<EventStatsReading> {
    const [unsent, queues, deadLetters, redelivered, sagas] = await Promise.all([
      this.relay.unsent(),
      this.transport.depth(),
      this.deadLetters.count(),
      this.sweep.redelivered(),
      this.sagas.stats(),
    ]);
    return {
      transport: this.transport.name,
      outboxBacklog: unsent.count,
      relayLagSeconds: Math.round(unsent.oldestAgeSeconds * 10) / 10,
      queues,
      deadLetters,
      redelivered,
      sagas,
    };
  }
}
