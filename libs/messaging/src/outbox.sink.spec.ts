import { EntityManager } from 'typeorm';
import { OutboxRelay } from './outbox-relay';
import { OutboxSignal } from './outbox-signal';
import { OutboxSink } from './outbox.sink';
import { Publications } from './publications';
import { PublishThingShipped, ThingLost, ThingShipped } from './publications/testing/things.fixtures';

describe('OutboxSink', () => {
  const sink = new OutboxSink({} as OutboxRelay, Publications.of(new PublishThingShipped()), {
    raise: async () => undefined,
  } as unknown as OutboxSignal);

  /** Answers the sequence counter with the events' count, as a first write does, and keeps the outbox INSERT's parameters. */
  function recordingManager(): { manager: EntityManager; outboxParams: unknown[][] } {
    const outboxParams: unknown[][] = [];
    const query = jest.fn(async (sql: string, params: unknown[]) => {
      if (sql.includes('aggregate_sequences')) return [{ last_sequence: params[1] }];
      outboxParams.push(params);
      return [];
    });
    return { manager: { query } as unknown as EntityManager, outboxParams };
  }

  it("writes a published domain event as its contract, one row with the raised event's id, aggregate and sequence", async () => {
    const shipped = new ThingShipped({ thingId: 't-1', warehouseBin: 'B-7', weightGrams: 800 }, { correlationId: 'req-5' });
    const lost = new ThingLost({ thingId: 't-1' });
    const { manager, outboxParams } = recordingManager();

    await sink.append(manager, [shipped, lost]);

    expect(outboxParams).toHaveLength(1);
    const [shippedId, shippedName, shippedAggregate, shippedJson, shippedDue, lostId, lostName, , lostJson] = outboxParams[0];
    expect([shippedId, shippedName, shippedAggregate, shippedDue]).toEqual([shipped.metadata.eventId, 'things.thing-shipped', 't-1', null]);
    expect(JSON.parse(shippedJson as string)).toEqual({
      name: 'things.thing-shipped',
      version: 2,
      eventId: shipped.metadata.eventId,
      occurredAt: shipped.metadata.occurredAt,
      aggregateId: 't-1',
      sequence: 1,
      correlationId: 'req-5',
      payload: { thingId: 't-1', weightKg: 0.8 },
    });
    expect([lostId, lostName]).toEqual([lost.metadata.eventId, 'things.thing-lost']);
    expect(JSON.parse(lostJson as string)).toMatchObject({ version: 1, sequence: 2, payload: { thingId: 't-1' } });
  });

  it("writes a scheduled event's due time to deliver_at, on its contract's row too", async () => {
    const deliverAt = '2030-01-01T10:15:00.000Z';
    const shipped = new ThingShipped({ thingId: 't-1', warehouseBin: 'B-7', weightGrams: 800 }, { deliverAt });
    const { manager, outboxParams } = recordingManager();

    await sink.append(manager, [shipped]);

    const [, , , json, due] = outboxParams[0];
    expect(due).toBe(deliverAt);
    expect(JSON.parse(json as string)).toMatchObject({ name: 'things.thing-shipped', deliverAt });
  });
});
