import { Global, Module } from '@nestjs/common';
import { DeadLetters, MESSAGING_OBSERVER, Sagas } from '@promenade/messaging';
import { DatabasePoolGauges } from './database-pool-gauges';
import { HttpMetrics } from './http-metrics';
import { MessagingGauges } from './messaging-gauges';
import { MessagingMetrics } from './messaging-metrics';
import { MetricsController } from './metrics.controller';
import { MetricsRegistry } from './metrics-registry';

/**
 * Prometheus metrics at `GET /metrics` (behind METRICS_TOKEN): HTTP answers, event deliveries (as the MessagingObserver
 * messaging calls), the state of the outbox, queues, sagas and database pool read at each scrape, and Node's process
 * metrics. Global, so messaging finds its observer; docs/operations.md#metrics lists every metric.
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    MetricsRegistry,
    HttpMetrics,
    MessagingMetrics,
    { provide: MESSAGING_OBSERVER, useExisting: MessagingMetrics },
    MessagingGauges,
    DatabasePoolGauges,
    // What the events stats read, read the same way here (the admin module keeps its own).
    Sagas,
    DeadLetters,
  ],
  exports: [MESSAGING_OBSERVER, MetricsRegistry],
})
export class MetricsModule {}
