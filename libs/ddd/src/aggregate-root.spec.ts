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

class Thing extends AggregateRoot {
  constructor(id: string, version = 0) {
    super(id, version);
  }
  rename(name: string): void {
    this.apply(new Renamed(this.id, name));
  }
}

describe('AggregateRoot', () => {
  it('holds raised events until they are pulled, then holds none', () => {
    const thing = new Thing('t-1');
    thing.rename('a');
    thing.rename('b');
    const events = thing.pullEvents();
    expect(events.map((e) => (e as Renamed).payload.name)).toEqual(['a', 'b']);
    expect(thing.pullEvents()).toEqual([]);
  });

  it('tracks the persisted version for optimistic concurrency', () => {
    const thing = new Thing('t-1');
    expect(thing.isNew).toBe(true);
    thing.markPersisted(3);
    expect(thing.version).toBe(3);
    expect(thing.isNew).toBe(false);
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
  constructor(id: string, readonly label: string) {
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
