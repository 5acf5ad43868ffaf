import { Logger } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import { Delivery, UnrecoverableEventError } from './delivery';
import { EventConsumer } from './event-consumer';
import { EventRegistry } from './event-registry';
import { EventRoutes } from './event-routes';
import { MessagingObserver } from './messaging-observer';

class ParcelPacked extends DomainEvent<{ parcelId: string }> {
  static readonly eventName = 'packing.parcel-packed';
  static readonly eventVersion = 1;
  constructor(payload: { parcelId: string }, metadata?: Partial<EventMetadata>) {
    super(payload.parcelId, payload, metadata);
  }
}

const HANDLER = 'shipping.ship-parcel-on-parcel-packed';
const packed = new ParcelPacked({ parcelId: 'p-1' });
const delivery = (handlerId = HANDLER, event: ParcelPacked = packed): Delivery => ({
  id: `${event.metadata.eventId}@${handlerId}`,
  context: 'shipping',
  handlerId,
  envelope: event.toJSON(),
  maxAttempts: 3,
});

/**
 * A consumer whose handler does `behaviour`, on an inbox that has (`seen`) or has not yet recorded the delivery, running
 * `concurrency` transactions at once of up to `batchSize` deliveries each.
 */
function consumer(
  behaviour: (event: ParcelPacked) => Promise<void> = async () => undefined,
  { seen = false, concurrency = 10, batchSize = 10 }: { seen?: boolean; concurrency?: number; batchSize?: number } = {},
) {
  const observer: jest.Mocked<MessagingObserver> = {
    relayed: jest.fn(),
    handled: jest.fn(),
    failed: jest.fn(),
    deadLettered: jest.fn(),
    redelivered: jest.fn(),
  };
  const inbox = new Set<string>(seen ? [`${packed.metadata.eventId}@${HANDLER}`] : []);
  /** The inbox keeps what a transaction inserted only once it commits, as PostgreSQL does. */
  let pending: string[] = [];
  const query = jest.fn(async (sql: string, params: unknown[]) => {
    if (!sql.startsWith('INSERT INTO messaging.inbox')) return [];
    const [eventIds, handlers] = sql.includes('unnest') ? (params as string[][]) : [[params[0] as string], [params[1] as string]];
    const fresh = eventIds
      .map((eventId, i) => ({ event_id: eventId, handler: handlers[i] }))
      .filter(({ event_id, handler }) => {
        const key = `${event_id}@${handler}`;
        if (inbox.has(key) || pending.includes(key)) return false;
        pending.push(key);
        return true;
      });
    return fresh;
  });
  const uow = {
    run: jest.fn(async (work: () => Promise<unknown>) => {
      pending = [];
      try {
        const result = await work();
        pending.forEach((key) => inbox.add(key));
        return result;
      } finally {
        pending = [];
      }
    }),
    manager: { query },
  };
  const routes = {
    route: (id: string) => (id === HANDLER ? { id, context: 'shipping', handler: { handle: behaviour }, maxAttempts: 3 } : undefined),
  } as unknown as EventRoutes;
  const registry = {
    deserialize: (envelope: Delivery['envelope']) =>
      new ParcelPacked(envelope.payload as { parcelId: string }, { eventId: envelope.eventId, occurredAt: envelope.occurredAt }),
  } as unknown as EventRegistry;
  const config = { EVENT_CONCURRENCY: concurrency, EVENT_BATCH_SIZE: batchSize } as AppConfig;
  return { consumer: new EventConsumer(routes, registry, uow as unknown as UnitOfWork, config, observer), observer, query, uow, inbox };
}

const failing = async () => {
  throw new Error('carrier down');
};

describe('EventConsumer reports each attempt to the messaging observer', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined));
  beforeEach(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('reports a delivery whose handler ran, with how long it took', async () => {
    const { consumer: c, observer } = consumer();
    await c.handle(delivery(), { number: 1, of: 3 });
    expect(observer.handled).toHaveBeenCalledWith(delivery(), expect.any(Number));
    expect(observer.handled.mock.calls[0][1]).toBeGreaterThanOrEqual(0);
    expect(observer.failed).not.toHaveBeenCalled();
  });

  it('reports nothing for a copy the inbox skips: its handler did not run', async () => {
    const { consumer: c, observer } = consumer(async () => undefined, { seen: true });
    await c.handle(delivery(), { number: 1, of: 3 });
    expect(observer.handled).not.toHaveBeenCalled();
    expect(observer.failed).not.toHaveBeenCalled();
  });

  it('reports a failed attempt as retried unless it was the last', async () => {
    const { consumer: c, observer } = consumer(failing);
    await expect(c.handle(delivery(), { number: 2, of: 3 })).rejects.toThrow('carrier down');
    await expect(c.handle(delivery(), { number: 3, of: 3 })).rejects.toThrow('carrier down');
    expect(observer.failed.mock.calls.map(([d, { willRetry }]) => [d.id, willRetry])).toEqual([
      [delivery().id, true],
      [delivery().id, false],
    ]);
    expect(observer.failed.mock.calls[0][1].durationMs).toBeGreaterThanOrEqual(0);
    expect(observer.handled).not.toHaveBeenCalled();
  });

  it('reports an unrecoverable failure as not retried, even on the first attempt', async () => {
    const { consumer: c, observer } = consumer();
    await expect(c.handle(delivery('shipping.gone'), { number: 1, of: 3 })).rejects.toBeInstanceOf(UnrecoverableEventError);
    expect(observer.failed).toHaveBeenCalledWith(delivery('shipping.gone'), expect.objectContaining({ willRetry: false }));
  });

  it('takes an attempt it is not told of for the first', async () => {
    const { consumer: c, observer } = consumer(failing);
    await expect(c.handle(delivery())).rejects.toThrow('carrier down');
    expect(observer.failed).toHaveBeenCalledWith(delivery(), expect.objectContaining({ willRetry: true }));
  });

  it('reports a dead letter once it is recorded', async () => {
    const { consumer: c, observer, query } = consumer();
    await c.deadLetter(delivery(), new Error('carrier down'), 3);
    expect(query).toHaveBeenCalledWith(expect.stringContaining('INSERT INTO messaging.dead_letters'), expect.any(Array));
    expect(observer.deadLettered).toHaveBeenCalledWith(delivery());
  });

  it('reports no dead letter it could not record', async () => {
    const { consumer: c, observer, query } = consumer();
    query.mockRejectedValueOnce(new Error('database down'));
    await expect(c.deadLetter(delivery(), new Error('carrier down'), 3)).rejects.toThrow('database down');
    expect(observer.deadLettered).not.toHaveBeenCalled();
  });
});

describe('EventConsumer runs the deliveries waiting for a transaction together, each with its own outcome', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  const parcels = (n: number) => Array.from({ length: n }, (_, i) => new ParcelPacked({ parcelId: `p-${i}` }));

  it('runs deliveries handed over while every transaction is taken in one transaction, with one inbox insert', async () => {
    const handled: string[] = [];
    const {
      consumer: c,
      observer,
      query,
      uow,
      inbox,
    } = consumer(async (event) => void handled.push(event.payload.parcelId), {
      concurrency: 1,
    });
    const events = parcels(3);

    await Promise.all(events.map((event) => c.handle(delivery(HANDLER, event))));

    expect(uow.run).toHaveBeenCalledTimes(1);
    expect(query).toHaveBeenCalledTimes(1);
    expect(query.mock.calls[0][0]).toContain('unnest');
    expect(handled).toEqual(['p-0', 'p-1', 'p-2']);
    expect(observer.handled).toHaveBeenCalledTimes(3);
    expect([...inbox]).toEqual(events.map((event) => `${event.metadata.eventId}@${HANDLER}`));
  });

  it('takes at most EVENT_BATCH_SIZE deliveries per transaction', async () => {
    const { consumer: c, uow } = consumer(async () => undefined, { concurrency: 1, batchSize: 2 });

    await Promise.all(parcels(5).map((event) => c.handle(delivery(HANDLER, event))));

    expect(uow.run).toHaveBeenCalledTimes(3);
  });

  it('runs each delivery alone while transactions are free', async () => {
    const { consumer: c, query } = consumer(async () => undefined, { concurrency: 3 });

    await Promise.all(parcels(3).map((event) => c.handle(delivery(HANDLER, event))));

    expect(query.mock.calls.map(([sql]) => sql)).toEqual(Array(3).fill(expect.stringContaining('VALUES ($1, $2)')));
  });

  it('fails only the delivery whose handler failed: the batch rolls back and each runs again alone', async () => {
    const events = parcels(3);
    const runs: string[] = [];
    const {
      consumer: c,
      observer,
      uow,
      inbox,
    } = consumer(
      async (event) => {
        runs.push(event.payload.parcelId);
        if (event.payload.parcelId === 'p-1') throw new Error('carrier down');
      },
      { concurrency: 1 },
    );

    const outcomes = await Promise.allSettled(events.map((event) => c.handle(delivery(HANDLER, event), { number: 1, of: 3 })));

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error('carrier down'));
    expect(uow.run).toHaveBeenCalledTimes(1 + 3);
    expect(runs).toEqual(['p-0', 'p-1', 'p-0', 'p-1', 'p-2']);
    expect([...inbox]).toEqual([events[0], events[2]].map((event) => `${event.metadata.eventId}@${HANDLER}`));
    expect(observer.handled.mock.calls.map(([d]) => d.id)).toEqual([delivery(HANDLER, events[0]).id, delivery(HANDLER, events[2]).id]);
    expect(observer.failed).toHaveBeenCalledTimes(1);
    expect(observer.failed).toHaveBeenCalledWith(delivery(HANDLER, events[1]), expect.objectContaining({ willRetry: true }));
  });

  it('runs a retry alone, never in a batch that its failing again would roll back', async () => {
    const { consumer: c, query } = consumer(async () => undefined, { concurrency: 1 });
    const [first, retried, other] = parcels(3);

    await Promise.all([
      c.handle(delivery(HANDLER, first)),
      c.handle(delivery(HANDLER, retried), { number: 2, of: 3 }),
      c.handle(delivery(HANDLER, other)),
    ]);

    expect(query.mock.calls.map(([, params]) => (Array.isArray(params[0]) ? params[0] : [params[0]]))).toEqual([
      [first.metadata.eventId, other.metadata.eventId],
      [retried.metadata.eventId],
    ]);
  });

  it('runs the handler once for two copies of one delivery in a batch', async () => {
    const handle = jest.fn(async () => undefined);
    const { consumer: c, observer } = consumer(handle, { concurrency: 1 });

    await Promise.all([c.handle(delivery()), c.handle(delivery())]);

    expect(handle).toHaveBeenCalledTimes(1);
    expect(observer.handled).toHaveBeenCalledTimes(1);
  });

  it('fails a delivery whose handler this service lacks as unrecoverable, and runs the others', async () => {
    const { consumer: c, observer } = consumer(async () => undefined, { concurrency: 1 });
    const [a, b] = parcels(2);

    const outcomes = await Promise.allSettled([
      c.handle(delivery(HANDLER, a)),
      c.handle(delivery('shipping.gone', b)),
      c.handle(delivery()),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(UnrecoverableEventError);
    expect(observer.handled).toHaveBeenCalledTimes(2);
  });
});
