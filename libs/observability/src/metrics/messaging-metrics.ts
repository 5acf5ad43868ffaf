import { Injectable } from '@nestjs/common';
import { Delivery, MessagingObserver } from '@promenade/messaging';
import { Counter, Histogram } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

const LABELS = ['context', 'handler'] as const;
type Label = (typeof LABELS)[number];
/** Handlers range from a row insert to a payment provider's call: up to its timeout (PAYMENT_PROVIDER_TIMEOUT_MS, 10 s) and beyond. */
const HANDLER_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const labelsOf = ({ context, handlerId }: Delivery) => ({ context, handler: handlerId });

/** Counts what messaging reports (the MessagingObserver it provides), by subscribing context and handler id. */
@Injectable()
export class MessagingMetrics implements MessagingObserver {
  private readonly publishedTotal: Counter<Label>;
  private readonly handledTotal: Counter<Label>;
  private readonly retriedTotal: Counter<Label>;
  private readonly deadLetteredTotal: Counter<Label>;
  private readonly redeliveredTotal: Counter<Label>;
  private readonly handlerDuration: Histogram<Label | 'outcome'>;

  constructor(registry: MetricsRegistry) {
    const counter = (name: string, help: string) => new Counter({ name, help, labelNames: LABELS, registers: [registry] });
    this.publishedTotal = counter(
      'promenade_events_published_total',
      'Deliveries the outbox relay handed to the transport: one per event and subscribing handler.',
    );
    this.handledTotal = counter(
      'promenade_events_handled_total',
      'Deliveries whose handler ran and committed (a copy the inbox skipped is not counted).',
    );
    this.retriedTotal = counter('promenade_events_retried_total', 'Failed attempts that will be retried.');
    this.deadLetteredTotal = counter(
      'promenade_events_dead_lettered_total',
      'Deliveries recorded as dead letters (their handler gave up).',
    );
    this.redeliveredTotal = counter(
      'promenade_events_redelivered_total',
      'Deliveries the redelivery sweep sent again because the inbox had not confirmed them in time (the broker lost them).',
    );
    this.handlerDuration = new Histogram({
      name: 'promenade_event_handler_duration_seconds',
      help: 'Time one attempt at a delivery took (inbox row and handler, in their transaction), by outcome: handled or failed.',
      labelNames: [...LABELS, 'outcome'],
      buckets: HANDLER_BUCKETS,
      registers: [registry],
    });
  }

  relayed(deliveries: readonly Delivery[]): void {
    for (const delivery of deliveries) this.publishedTotal.inc(labelsOf(delivery));
  }

  handled(delivery: Delivery, durationMs: number): void {
    this.handledTotal.inc(labelsOf(delivery));
    this.handlerDuration.observe({ ...labelsOf(delivery), outcome: 'handled' }, durationMs / 1000);
  }

  failed(delivery: Delivery, { durationMs, willRetry }: { durationMs: number; willRetry: boolean }): void {
    if (willRetry) this.retriedTotal.inc(labelsOf(delivery));
    this.handlerDuration.observe({ ...labelsOf(delivery), outcome: 'failed' }, durationMs / 1000);
  }

  deadLettered(delivery: Delivery): void {
    this.deadLetteredTotal.inc(labelsOf(delivery));
  }

  redelivered(deliveries: readonly Delivery[]): void {
    for (const delivery of deliveries) this.redeliveredTotal.inc(labelsOf(delivery));
  }
}
