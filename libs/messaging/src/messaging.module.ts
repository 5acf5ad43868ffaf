import { BeforeApplicationShutdown, Global, Inject, Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { CqrsModule } from '@nestjs/cqrs';
import { AppConfig } from '@promenade/config';
import { TRANSACTION_EVENT_SINK, UnitOfWork } from '@promenade/persistence';
import { ReadinessChecks } from '@promenade/platform';
import { BullMqTransport } from './bullmq.transport';
import { EVENT_TRANSPORT, EventTransport } from './delivery';
import { EventConsumer } from './event-consumer';
import { EventRegistry } from './event-registry';
import { EventRoutes } from './event-routes';
import { MemoryTransport } from './memory.transport';
import { MessagingHealthIndicator } from './messaging.health';
import { OutboxEventPublisher } from './outbox-event.publisher';
import { OutboxRelay } from './outbox-relay';
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
      useFactory: (config: AppConfig): EventTransport =>
        config.EVENT_TRANSPORT === 'bullmq'
          ? new BullMqTransport({
              redisUrl: config.REDIS_URL!,
              concurrency: config.EVENT_CONCURRENCY,
              backoffMs: config.EVENT_BACKOFF_MS,
              shutdownTimeoutMs: config.EVENT_SHUTDOWN_TIMEOUT_MS,
              queuePrefix: config.EVENT_QUEUE_PREFIX,
              stalledIntervalMs: config.EVENT_STALLED_INTERVAL_MS,
              maxStalls: config.EVENT_MAX_ATTEMPTS,
            })
          : new MemoryTransport({
              concurrency: config.EVENT_CONCURRENCY,
              backoffMs: config.EVENT_BACKOFF_MS,
              shutdownTimeoutMs: config.EVENT_SHUTDOWN_TIMEOUT_MS,
            }),
    },
  ],
  exports: [TRANSACTION_EVENT_SINK, EventRegistry, EventRoutes, OutboxRelay, RedeliverySweep, EVENT_TRANSPORT, SagaRegistry, SagaRunner],
})
export class MessagingModule implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly routes: EventRoutes,
    private readonly consumer: EventConsumer,
    private readonly relay: OutboxRelay,
    private readonly sweep: RedeliverySweep,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    private readonly readiness: ReadinessChecks,
    private readonly health: MessagingHealthIndicator,
  ) {}

  onModuleInit(): void {
    this.readiness.add(() => this.health.check());
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.transport.start(this.routes.contexts(), this.consumer);
    this.relay.start();
    this.sweep.start();
  }

  /** Before the database closes: stop relaying, let running handlers finish, and put back what was not handled. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.sweep.stop();
    await this.relay.stop();
    await this.relay.requeue(await this.transport.stop());
  }
}
