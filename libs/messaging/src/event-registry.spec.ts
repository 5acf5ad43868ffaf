import { CommandMessage, DomainEvent, EventMetadata } from '@promenade/ddd';
import { EventRegistry, UnknownEventType } from './event-registry';

class ThingRenamed extends DomainEvent<{ thingId: string; name: string }> {
  static readonly eventName = 'test.thing-renamed';
  static readonly eventVersion = 1;
  constructor(payload: { thingId: string; name: string }, metadata?: Partial<EventMetadata>) {
    super(payload.thingId, payload, metadata);
  }
}

class ThingRenamedV2 extends DomainEvent<{ thingId: string; fullName: string }> {
  static readonly eventName = 'test.thing-renamed';
  static readonly eventVersion = 2;
  constructor(payload: { thingId: string; fullName: string }, metadata?: Partial<EventMetadata>) {
    super(payload.thingId, payload, metadata);
  }
}

class RenameThingMessage extends CommandMessage<{ thingId: string; name: string }> {
  static readonly eventName = 'test.rename-thing';
  static readonly eventVersion = 1;
  constructor(payload: { thingId: string; name: string }, metadata?: Partial<EventMetadata>) {
    super(payload.thingId, payload, metadata);
  }
}

describe('EventRegistry', () => {
  const registry = new EventRegistry();
  registry.register(ThingRenamed);
  registry.register(ThingRenamedV2);
  registry.register(RenameThingMessage);

  it('rebuilds a class instance equal to the event that was serialised', () => {
    const original = new ThingRenamed({ thingId: 't-1', name: 'Ada' });
    original.stamp({ correlationId: 'req-9', sequence: 1 });
    const rebuilt = registry.deserialize(JSON.parse(JSON.stringify(original)));
    expect(rebuilt).toBeInstanceOf(ThingRenamed);
    expect(rebuilt.metadata).toEqual(original.metadata);
    expect(rebuilt.payload).toEqual(original.payload);
  });

  it('keeps the due time of a scheduled event, so its handler can see how late it runs', () => {
    const original = new ThingRenamed({ thingId: 't-1', name: 'Ada' }, { deliverAt: '2030-01-01T00:00:00.000Z' });
    expect(registry.deserialize(JSON.parse(JSON.stringify(original))).metadata.deliverAt).toBe('2030-01-01T00:00:00.000Z');
  });

  it('picks the class by name and version', () => {
    const v2 = new ThingRenamedV2({ thingId: 't-1', fullName: 'Ada Lovelace' });
    expect(registry.deserialize(JSON.parse(JSON.stringify(v2)))).toBeInstanceOf(ThingRenamedV2);
  });

  it('refuses an envelope no class is registered for', () => {
    const envelope = { ...new ThingRenamed({ thingId: 't-1', name: 'x' }).toJSON(), version: 9 };
    expect(() => registry.deserialize(envelope)).toThrow(UnknownEventType);
  });

  it('refuses an envelope whose aggregate id disagrees with its payload', () => {
    const envelope = { ...new ThingRenamed({ thingId: 't-1', name: 'x' }).toJSON(), aggregateId: 't-2' };
    expect(() => registry.deserialize(envelope)).toThrow(/payload names aggregate t-1, envelope t-2/);
  });

  it('keeps the sender a command message was numbered under (a saga), though its payload names its subject', () => {
    const sent = new RenameThingMessage({ thingId: 't-1', name: 'Ada' });
    sent.stamp({ aggregateId: 'saga-7', sequence: 4 });
    const rebuilt = registry.deserialize(JSON.parse(JSON.stringify(sent)));
    expect(rebuilt).toBeInstanceOf(RenameThingMessage);
    expect(rebuilt.metadata).toEqual(sent.metadata);
    expect(rebuilt.payload).toEqual({ thingId: 't-1', name: 'Ada' });
  });

  it('refuses two classes claiming the same name and version', () => {
    class Impostor extends ThingRenamed {}
    expect(() => registry.register(Impostor)).toThrow(/both claim test.thing-renamed v1/);
    expect(() => registry.register(ThingRenamed)).not.toThrow();
  });
});
