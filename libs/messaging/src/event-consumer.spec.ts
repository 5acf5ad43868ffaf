import { Logger } from '@nestjs/common';
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
const delivery = (handlerId = HANDLER): Delivery => ({
  id: `${packed.metadata.eventId}@${handlerId}`,
  context: 'shipping',
  handlerId,
  envelope: packed.toJSON(),
  maxAttempts: 3,
});

/** A consumer whose handler does `behaviour`, on an inbox that has (`seen`) or has not yet recorded the delivery. */
function consumer(behaviour: () => Promise<void> = async () => undefined, seen = false) {
  const observer: jest.Mocked<MessagingObserver> = {
    relayed: jest.fn(),
    handled: jest.fn(),
    failed: jest.fn(),
    deadLettered: jest.fn(),
    redelivered: jest.fn(),
  };
  const query = jest.fn(async (sql: string) => (sql.startsWith('INSERT INTO messaging.inbox') && !seen ? [{ event_id: 'x' }] : []));
  const routes = {
    route: (id: string) => (id === HANDLER ? { id, context: 'shipping', handler: { handle: behaviour }, maxAttempts: 3 } : undefined),
  } as unknown as EventRoutes;
  const registry = { deserialize: () => packed } as unknown as EventRegistry;
  const uow = { run: (work: () => Promise<unknown>) => work(), manager: { query } } as unknown as UnitOfWork;
  return { consumer: new EventConsumer(routes, registry, uow, observer), observer, query };
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
    const { consumer: c, observer } = consumer(async () => undefined, true);
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
