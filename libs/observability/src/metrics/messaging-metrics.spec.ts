import { Delivery } from '@promenade/messaging';
import { MessagingMetrics } from './messaging-metrics';
import { MetricsRegistry } from './metrics-registry';

const delivery = (context: string, handlerId: string): Delivery => ({
  id: `e1@${handlerId}`,
  context,
  handlerId,
  maxAttempts: 3,
  envelope: {
    name: 'packing.parcel-packed',
    version: 1,
    eventId: 'e1',
    occurredAt: '2026-01-01T00:00:00.000Z',
    aggregateId: 'a',
    sequence: 1,
    correlationId: null,
    payload: {},
  },
});

const SHIP = delivery('shipping', 'shipping.ship-parcel-on-parcel-packed');
const BILL = delivery('billing', 'billing.bill-parcel-on-parcel-packed');
const DURATION = 'promenade_event_handler_duration_seconds';

/** The value of one sample of metric `name` (`sample` for a histogram's `_count` or `_sum`) with exactly `labels`; undefined when absent. */
async function valueOf(
  registry: MetricsRegistry,
  name: string,
  labels: Record<string, string>,
  sample = name,
): Promise<number | undefined> {
  const { values } = await registry.getSingleMetric(name)!.get();
  const sameLabels = (given: Record<string, unknown>) =>
    Object.keys(given).length === Object.keys(labels).length && Object.entries(labels).every(([key, value]) => given[key] === value);
  return values.find((value) => ((value as { metricName?: string }).metricName ?? name) === sample && sameLabels(value.labels))?.value;
}

describe('MessagingMetrics, the messaging observer as Prometheus metrics', () => {
  let registry: MetricsRegistry;
  let metrics: MessagingMetrics;
  const shipping = { context: 'shipping', handler: SHIP.handlerId };
  const billing = { context: 'billing', handler: BILL.handlerId };

  beforeEach(() => {
    registry = new MetricsRegistry();
    metrics = new MessagingMetrics(registry);
  });

  it('counts relayed deliveries as published, per context and handler', async () => {
    metrics.relayed([SHIP, BILL, SHIP]);
    expect(await valueOf(registry, 'promenade_events_published_total', shipping)).toBe(2);
    expect(await valueOf(registry, 'promenade_events_published_total', billing)).toBe(1);
  });

  it('counts a handled delivery and times it, in seconds, as handled', async () => {
    metrics.handled(SHIP, 250);
    expect(await valueOf(registry, 'promenade_events_handled_total', shipping)).toBe(1);
    const timed = { ...shipping, outcome: 'handled' };
    expect(await valueOf(registry, DURATION, timed, `${DURATION}_count`)).toBe(1);
    expect(await valueOf(registry, DURATION, timed, `${DURATION}_sum`)).toBe(0.25);
  });

  it('counts a failed attempt as retried only when it will be, and times every failed attempt as failed', async () => {
    metrics.failed(SHIP, { durationMs: 10, willRetry: true });
    metrics.failed(SHIP, { durationMs: 10, willRetry: false });
    expect(await valueOf(registry, 'promenade_events_retried_total', shipping)).toBe(1);
    expect(await valueOf(registry, DURATION, { ...shipping, outcome: 'failed' }, `${DURATION}_count`)).toBe(2);
    expect(await valueOf(registry, 'promenade_events_handled_total', shipping)).toBeUndefined();
  });

  it('counts dead letters and redeliveries per context and handler', async () => {
    metrics.deadLettered(BILL);
    metrics.redelivered([SHIP, SHIP]);
    metrics.redelivered([]);
    expect(await valueOf(registry, 'promenade_events_dead_lettered_total', billing)).toBe(1);
    expect(await valueOf(registry, 'promenade_events_redelivered_total', shipping)).toBe(2);
    expect(await valueOf(registry, 'promenade_events_redelivered_total', billing)).toBeUndefined();
  });
});
