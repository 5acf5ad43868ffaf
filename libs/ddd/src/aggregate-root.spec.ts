import { AggregateRoot } from './aggregate-root';
import { DomainEvent } from './domain-event';
import { Entity } from './entity';
import { ValueObject } from './value-object';

class Renamed extends DomainEvent<{ name: string }> {
  static readonly eventName = 'test.renamed';
  static readonly eventVersion = 2;
  constructor(id: string, name: string) {
    super(id, { name });
  }
}

interface ThingState {
  id: string;
  version: number;
  name: string;
  tags: string[];
  seenAt: Date;
  price: Point;
}

class Thing extends AggregateRoot<ThingState> {
  static restore(state: ThingState): Thing {
    return new Thing(state);
  }
  static named(id: string, name: string): Thing {
    return new Thing({ id, version: 0, name, tags: [], seenAt: new Date(0), price: Point.of(1, 2) });
  }
  get name(): string {
    return this.state.name;
  }
  rename(name: string): void {
    this.state.name = name;
    this.state.tags.push(name);
    this.apply(new Renamed(this.id, name));
  }
}

describe('AggregateRoot', () => {
  it('holds raised events until they are pulled, then holds none', () => {
    const thing = Thing.named('t-1', 'x');
    thing.rename('a');
    thing.rename('b');
    const events = thing.pullEvents();
    expect(events.map((e) => (e as Renamed).payload.name)).toEqual(['a', 'b']);
    expect(thing.pullEvents()).toEqual([]);
  });

  it('tracks the persisted version for optimistic concurrency', () => {
    const thing = Thing.named('t-1', 'x');
    expect(thing.isNew).toBe(true);
    thing.markPersisted(3);
    expect(thing.version).toBe(3);
    expect(thing.isNew).toBe(false);
  });

  it('snapshots its whole state at the saved version, and restores from it without raising events', () => {
    const thing = Thing.named('t-1', 'x');
    thing.rename('a');
    thing.markPersisted(2);

    const restored = Thing.restore(thing.snapshot());

    expect(restored.snapshot()).toEqual({ id: 't-1', version: 2, name: 'a', tags: ['a'], seenAt: new Date(0), price: Point.of(1, 2) });
    expect(restored.version).toBe(2);
    expect(restored.pullEvents()).toEqual([]);
  });

  it('hands out a frozen snapshot that shares nothing mutable with the aggregate', () => {
    const thing = Thing.named('t-1', 'x');
    const snapshot = thing.snapshot();

    expect(Object.isFrozen(snapshot) && Object.isFrozen(snapshot.tags)).toBe(true);
    snapshot.seenAt.setTime(99);
    expect(thing.snapshot().seenAt).toEqual(new Date(0));
  });

  it('keeps its own copy of what it was restored from, so changing it leaves the snapshot as it was', () => {
    const snapshot = Thing.named('t-1', 'x').snapshot();
    const restored = Thing.restore(snapshot);

    restored.rename('b');

    expect(snapshot).toMatchObject({ name: 'x', tags: [] });
    expect(restored.snapshot()).toMatchObject({ name: 'b', tags: ['b'] });
  });
});

describe('DomainEvent', () => {
  it('serialises to a self-describing JSON envelope', () => {
    const event = new Renamed('t-1', 'a');
    event.stamp({ correlationId: 'req-1', sequence: 3 });
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toEqual({
      name: 'test.renamed',
      version: 2,
      eventId: event.metadata.eventId,
      occurredAt: event.metadata.occurredAt,
      aggregateId: 't-1',
      sequence: 3,
      correlationId: 'req-1',
      payload: { name: 'a' },
    });
  });

  it('is re-keyed to its sender when stamped with an aggregate id (a saga sending a message)', () => {
    const event = new Renamed('t-1', 'a');
    event.stamp({ aggregateId: 'saga-7' });
    expect(event.toJSON()).toMatchObject({ aggregateId: 'saga-7', payload: { name: 'a' } });
  });

  it('keeps the first correlation id it was given', () => {
    const event = new Renamed('t-1', 'a');
    event.stamp({ correlationId: 'first' });
    event.stamp({ correlationId: 'second' });
    expect(event.metadata.correlationId).toBe('first');
  });
});

class Point extends ValueObject<{ x: number; y: number }> {
  static of(x: number, y: number): Point {
    return new Point({ x, y });
  }
}
class Other extends ValueObject<{ x: number; y: number }> {
  static of(x: number, y: number): Other {
    return new Other({ x, y });
  }
}
class Line extends Entity {
  constructor(
    id: string,
    readonly label: string,
  ) {
    super(id);
  }
}

describe('ValueObject and Entity', () => {
  it('value objects are equal by value and type', () => {
    expect(Point.of(1, 2).equals(Point.of(1, 2))).toBe(true);
    expect(Point.of(1, 2).equals(Point.of(2, 1))).toBe(false);
    expect(Point.of(1, 2).equals(Other.of(1, 2) as unknown as Point)).toBe(false);
  });

  it('entities are equal by id whatever their state', () => {
    expect(new Line('a', 'x').equals(new Line('a', 'y'))).toBe(true);
    expect(new Line('a', 'x').equals(new Line('b', 'x'))).toBe(false);
  });
});
