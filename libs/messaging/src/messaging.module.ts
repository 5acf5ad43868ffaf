import { BeforeApplicationShutdown, Global, Inject, Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { CqrsModule } from '@nestjs/cqrs';
import { AppConfig, runsBackgroundWork } from '@promenade/config';
import { TRANSACTION_EVENT_SINK, UnitOfWork } from '@promenade/persistence';
import { HealthChecks } from '@promenade/platform';
import { BullMqTransport } from './bullmq.transport';
import { EVENT_TRANSPORT, EventTransport } from './delivery';
import { EventConsumer } from './event-consumer';
import { EventRegistry } from './event-registry';
import { EventRoutes } from './event-routes';
import { MemoryTransport } from './memory.transport';
import { MessagingHealthIndicator } from './messaging.health';
import { OutboxEventPublisher } from './outbox-event.publisher';
import { OutboxPruner } from './outbox-pruner';
import { OutboxRelay } from './outbox-relay';
import { OutboxSignal } from './outbox-signal';
import { OutboxSink } from './outbox.sink';
import { Publications } from './publications';
import { RedeliverySweep } from './redelivery-sweep';
import { SagaRegistry } from './sagas/saga-registry';
import { SagaRunner } from './sagas/saga-runner';

/**
 * Events across contexts: written to the outbox with the state change, relayed to one queue per
 * subscribing context, handled once per (event, handler) thanks to the inbox, retried, dead-lettered,
 * and sent again when the inbox has not confirmed them in time (the broker lost them). Sets up the
 * CQRS buses (CqrsModule) too, since their event publisher is the outbox. Sagas run on it: SagaRunner (on system
 * time; a context lists its own beside its Clock to move time in tests), and the registry of saga types.
 */
@Global()
@Module({
  imports: [
    DiscoveryModule,
    TerminusModule,
    // The library's own hook: `eventBus.publish` records in the unit of work instead of calling handlers on the spot.
    CqrsModule.forRootAsync({ inject: [UnitOfWork], useFactory: (uow: UnitOfWork) => ({ eventPublisher: new OutboxEventPublisher(uow) }) }),
  ],
  providers: [
    EventRegistry,
    EventRoutes,
    Publications,
    OutboxRelay,
    OutboxSignal,
    OutboxPruner,
    RedeliverySweep,
    OutboxSink,
    { provide: TRANSACTION_EVENT_SINK, useExisting: OutboxSink },
    EventConsumer,
    MessagingHealthIndicator,
    SagaRegistry,
    SagaRunner,
    {
      provide: EVENT_TRANSPORT,
      inject: [AppConfig],
      // A transport holds enough deliveries for every transaction EventConsumer runs at once to take a batch.
      useFactory: (config: AppConfig): EventTransport =>
        config.EVENT_TRANSPORT === 'bullmq'
          ? new BullMqTransport({
              redisUrl: config.REDIS_URL!,
              concurrency: config.EVENT_CONCURRENCY * config.EVENT_BATCH_SIZE,
              backoffMs: config.EVENT_BACKOFF_MS,
              shutdownTimeoutMs: config.EVENT_SHUTDOWN_TIMEOUT_MS,
              queuePrefix: config.EVENT_QUEUE_PREFIX,
              stalledIntervalMs: config.EVENT_STALLED_INTERVAL_MS,
              maxStalls: config.EVENT_MAX_ATTEMPTS,
            })
          : new MemoryTransport({
              concurrency: config.EVENT_CONCURRENCY * config.EVENT_BATCH_SIZE,
              backoffMs: config.EVENT_BACKOFF_MS,
              shutdownTimeoutMs: config.EVENT_SHUTDOWN_TIMEOUT_MS,
            }),
    },
  ],
  exports: [
    TRANSACTION_EVENT_SINK,
    EventRegistry,
    EventRoutes,
    OutboxRelay,
    OutboxSignal,
    RedeliverySweep,
    EVENT_TRANSPORT,
    SagaRegistry,
    SagaRunner,
  ],
})
export class MessagingModule implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private stopListening: () => Promise<void> = async () => undefined;

  constructor(
    private readonly routes: EventRoutes,
    private readonly consumer: EventConsumer,
    private readonly relay: OutboxRelay,
    private readonly sweep: RedeliverySweep,
    private readonly signal: OutboxSignal,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    private readonly healthChecks: HealthChecks,
    private readonly health: MessagingHealthIndicator,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.healthChecks.add('ready', () => this.health.check());
  }

  /** An `api` process only sends (the dead-letter replay, the stats) and leaves relaying and handling to the workers. */
  async onApplicationBootstrap(): Promise<void> {
    if (!runsBackgroundWork(this.config)) return this.transport.connect(this.routes.contexts());
    await this.transport.start(this.routes.contexts(), this.consumer);
    this.relay.start();
    // Other processes' commits wake this relay at once; its poll stays the fallback.
    this.stopListening = this.signal.listen(() => this.relay.nudge());
    this.sweep.start();
  }

  /** Before the database closes: stop relaying, let running handlers finish, and put back what was not handled. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.sweep.stop();
    await this.stopListening();
    await this.signal.settled();
    await this.relay.stop();
    await this.relay.requeue(await this.transport.stop());
  }
}
