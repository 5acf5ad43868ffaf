import { Logger } from '@nestjs/common';
import { DeadLetters, EventTransport, OutboxRelay, Sagas } from '@promenade/messaging';
import { MessagingGauges } from './messaging-gauges';
import { MetricsRegistry } from './metrics-registry';

/** Prometheus' text format: the sample lines of `name` (labels included), without the HELP and TYPE lines. */
const samplesOf = (text: string, name: string) =>
  text.split('\n').filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`));

function gauges({ sagasDown = false } = {}) {
  const registry = new MetricsRegistry();
  const relay = { unsent: jest.fn(async () => ({ count: 4, oldestAgeSeconds: 12.5 })) };
  const transport = { depth: async () => ({ shipping: 3, billing: 0 }) };
  const sagas = {
    stats: jest.fn(async () => {
      if (sagasDown) throw new Error('connection terminated');
      return { byType: { 'fulfillment.order-fulfillment': { awaiting_payment: 2, delivered: 40 } }, stuck: 1 };
    }),
  };
  const deadLetters = { count: async () => 5 };
  new MessagingGauges(
    registry,
    relay as unknown as OutboxRelay,
    transport as unknown as EventTransport,
    sagas as unknown as Sagas,
    deadLetters as unknown as DeadLetters,
  );
  return { registry, relay, sagas };
}

describe('MessagingGauges, read at each scrape', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('reports the outbox, the queues, the sagas and the dead letters as the events stats read them', async () => {
    const text = await gauges().registry.metrics();
    expect(samplesOf(text, 'promenade_outbox_backlog')).toEqual(['promenade_outbox_backlog 4']);
    expect(samplesOf(text, 'promenade_outbox_oldest_unsent_age_seconds')).toEqual(['promenade_outbox_oldest_unsent_age_seconds 12.5']);
    expect(samplesOf(text, 'promenade_event_queue_depth')).toEqual([
      'promenade_event_queue_depth{context="shipping"} 3',
      'promenade_event_queue_depth{context="billing"} 0',
    ]);
    expect(samplesOf(text, 'promenade_sagas')).toEqual([
      'promenade_sagas{type="fulfillment.order-fulfillment",state="awaiting_payment"} 2',
      'promenade_sagas{type="fulfillment.order-fulfillment",state="delivered"} 40',
    ]);
    expect(samplesOf(text, 'promenade_sagas_stuck')).toEqual(['promenade_sagas_stuck 1']);
    expect(samplesOf(text, 'promenade_dead_letters')).toEqual(['promenade_dead_letters 5']);
  });

  it('reads each source once per scrape, however many gauges it feeds', async () => {
    const { registry, relay, sagas } = gauges();
    await registry.metrics();
    expect(relay.unsent).toHaveBeenCalledTimes(1);
    expect(sagas.stats).toHaveBeenCalledTimes(1);
    await registry.metrics();
    expect(relay.unsent).toHaveBeenCalledTimes(2);
  });

  it('shows no value for the gauges of a source that failed, still reports the rest, and counts the failure', async () => {
    const { registry } = gauges({ sagasDown: true });
    const text = await registry.metrics();
    expect(samplesOf(text, 'promenade_sagas')).toEqual([]);
    expect(samplesOf(text, 'promenade_sagas_stuck')).toEqual(['promenade_sagas_stuck Nan']);
    expect(samplesOf(text, 'promenade_outbox_backlog')).toEqual(['promenade_outbox_backlog 4']);
    // Every metric of a scrape is collected at once: the counter shows a failure from the next scrape on.
    expect(samplesOf(await registry.metrics(), 'promenade_metrics_read_failures_total')).toEqual([
      'promenade_metrics_read_failures_total{source="sagas"} 1',
    ]);
  });
});
