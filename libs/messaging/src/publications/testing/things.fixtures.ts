import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { Publication, Publishes } from '../publishes.decorator';

// A published event, its contract and an internal event, shared by the specs of publishing and of the outbox.

/** Raised inside the context: may carry what consumers must not depend on. */
export class ThingShipped extends DomainEvent<{ thingId: string; warehouseBin: string; weightGrams: number }> {
  static readonly eventName = 'things.thing-shipped';
  static readonly eventVersion = 1;
  constructor(payload: ThingShipped['payload'], metadata?: Partial<EventMetadata>) {
    super(payload.thingId, payload, metadata);
  }
}

export class ThingShippedContract extends DomainEvent<{ thingId: string; weightKg: number }> {
  static readonly eventName = 'things.thing-shipped';
  static readonly eventVersion = 2;
  constructor(payload: ThingShippedContract['payload'], metadata?: Partial<EventMetadata>) {
    super(payload.thingId, payload, metadata);
  }
}

export class ThingLost extends DomainEvent<{ thingId: string }> {
  static readonly eventName = 'things.thing-lost';
  static readonly eventVersion = 1;
  constructor(payload: ThingLost['payload'], metadata?: Partial<EventMetadata>) {
    super(payload.thingId, payload, metadata);
  }
}

@Publishes(ThingShipped, ThingShippedContract)
export class PublishThingShipped implements Publication<ThingShipped, ThingShippedContract> {
  toContract({ payload }: ThingShipped): ThingShippedContract['payload'] {
    return { thingId: payload.thingId, weightKg: payload.weightGrams / 1000 };
  }
}
