import { Inject, Injectable, Logger } from '@nestjs/common';
import { DeadLetters, describeError, EVENT_TRANSPORT, EventTransport, OutboxRelay, Sagas } from '@promenade/messaging';
import { Counter, Gauge } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';
import { sharedWhileRunning, within } from './scrape-reads';

/** How long a scrape waits for the database or the broker before the gauges that need them show no value. */
export const SCRAPE_READ_TIMEOUT_MS = 3_000;

/** A source's value, or undefined when it failed or was too late (counted and logged). */
type Source<T> = () => Promise<T | undefined>;

interface GaugeSpec<T, L extends string> {
  name: string;
  help: string;
  labelNames?: readonly L[];
  source: Source<T>;
  set(gauge: Gauge<L>, value: T): void;
}

/**
 * The state messaging is in, read at each scrape through what the events stats read (`GET /admin/events/stats`):
 * outbox backlog and the age of its oldest row, queue depth per context, sagas per type and state, stuck sagas, dead letters.
 * A source that fails or answers too late leaves its gauges without a value for that scrape (no series, or NaN for a
 * gauge without labels) rather than a stale or zero one.
 */
@Injectable()
export class MessagingGauges {
  private readonly logger = new Logger(MessagingGauges.name);
  private readonly readFailures: Counter<'source'>;

  constructor(
    private readonly registry: MetricsRegistry,
    relay: OutboxRelay,
    @Inject(EVENT_TRANSPORT) transport: EventTransport,
    sagas: Sagas,
    deadLetters: DeadLetters,
  ) {
    this.readFailures = new Counter({
      name: 'promenade_metrics_read_failures_total',
      help: 'Reads of a gauge source (outbox, queues, sagas, dead_letters) that failed or answered too late; that scrape showed its gauges without a value.',
      labelNames: ['source'],
      registers: [registry],
    });
    const outbox = this.source('outbox', () => relay.unsent());
    const queues = this.source('queues', () => transport.depth());
    const sagaStats = this.source('sagas', () => sagas.stats());
    const deadLetterCount = this.source('dead_letters', () => deadLetters.count());
    this.gauge({
      name: 'promenade_outbox_backlog',
      help: 'Events committed to the outbox and not yet handed to the transport.',
      source: outbox,
      set: (gauge, { count }) => gauge.set(count),
    });
    this.gauge({
      name: 'promenade_outbox_oldest_unsent_age_seconds',
      help: 'How long the oldest event not yet handed to the transport has waited since it was written (0 when none).',
      source: outbox,
      set: (gauge, { oldestAgeSeconds }) => gauge.set(oldestAgeSeconds),
    });
    this.gauge({
      name: 'promenade_event_queue_depth',
      help: "Deliveries waiting (for a worker, a retry or their due time) or running, per subscribing context's queue.",
      labelNames: ['context'],
      source: queues,
      set: (gauge, depths) => Object.entries(depths).forEach(([context, depth]) => gauge.set({ context }, depth)),
    });
    this.gauge({
      name: 'promenade_sagas',
      help: 'Saga instances per saga type and state.',
      labelNames: ['type', 'state'],
      source: sagaStats,
      set: (gauge, { byType }) =>
        Object.entries(byType).forEach(([type, states]) =>
          Object.entries(states).forEach(([state, count]) => gauge.set({ type, state }, count)),
        ),
    });
    this.gauge({
      name: 'promenade_sagas_stuck',
      help: 'Sagas not ended whose timeout was due more than SAGA_STUCK_MARGIN_MS ago and has not fired.',
      source: sagaStats,
      set: (gauge, { stuck }) => gauge.set(stuck),
    });
    this.gauge({
      name: 'promenade_dead_letters',
      help: 'Dead letters kept (not yet replayed or discarded), across contexts.',
      source: deadLetterCount,
      set: (gauge, count) => gauge.set(count),
    });
  }

  /** Reads once per scrape however many gauges ask, within SCRAPE_READ_TIMEOUT_MS. */
  private source<T>(name: string, read: () => Promise<T>): Source<T> {
    return sharedWhileRunning(async () => {
      try {
        return await within(SCRAPE_READ_TIMEOUT_MS, read());
      } catch (error) {
        this.readFailures.inc({ source: name });
        this.logger.warn(`metrics: ${name} could not be read, its gauges show no value in this scrape: ${describeError(error)}`);
        return undefined;
      }
    });
  }

  /** A gauge set afresh at each scrape, so a label set that disappeared (a state no saga is in any more) is not reported stale. */
  private gauge<T, L extends string = string>({ name, help, labelNames, source, set }: GaugeSpec<T, L>): void {
    const gauge: Gauge<L> = new Gauge<L>({
      name,
      help,
      labelNames: labelNames ?? [],
      registers: [this.registry],
      collect: async () => {
        gauge.reset();
        const value = await source();
        if (value !== undefined) set(gauge, value);
        // A gauge without labels always shows a sample: NaN says unknown, where the 0 reset leaves would mislead.
        else if (!labelNames?.length) gauge.set(NaN);
      },
    });
  }
}
