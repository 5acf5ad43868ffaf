import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig, runsBackgroundWork } from '@promenade/config';
import { EVENT_TRANSPORT, EventTransport } from './delivery';
import { OutboxRelay } from './outbox-relay';

/** Readiness of event delivery: the transport answers, and where this process relays, the relay runs and its last pass worked. */
@Injectable()
export class MessagingHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly relay: OutboxRelay,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    private readonly config: AppConfig,
  ) {}

  async check(key = 'events'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    const relay = this.relay.status();
    try {
      const depth = await this.transport.depth();
      if (!runsBackgroundWork(this.config))
        return indicator.up({ transport: this.transport.name, relay: 'in worker processes', queues: depth });
      const details = {
        transport: this.transport.name,
        relay: relay.running ? 'running' : 'stopped',
        lastRelayError: relay.lastError,
        queues: depth,
      };
      return relay.running && !relay.lastError ? indicator.up(details) : indicator.down(details);
    } catch (error) {
      return indicator.down({ transport: this.transport.name, error: (error as Error).message });
    }
  }
}
