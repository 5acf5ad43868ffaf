import { DiscoveryService } from '@nestjs/core';
import { Publications } from './publications';
import { Publication, Publishes } from './publishes.decorator';
import { PublishThingShipped, ThingLost, ThingShipped, ThingShippedContract } from './testing/things.fixtures';

@Publishes(ThingShipped, ThingShippedContract)
class PublishThingShippedToo implements Publication<ThingShipped, ThingShippedContract> {
  toContract({ payload }: ThingShipped): ThingShippedContract['payload'] {
    return { thingId: payload.thingId, weightKg: 0 };
  }
}

@Publishes(ThingShipped, ThingShippedContract)
class PublishAnotherThing implements Publication<ThingShipped, ThingShippedContract> {
  toContract(): ThingShippedContract['payload'] {
    return { thingId: 'another-thing', weightKg: 1 };
  }
}

class NotAPublication {}

function publicationsOf(...providers: Array<new () => object>): Publications {
  const discovery = {
    getProviders: () => providers.map((metatype) => ({ metatype, instance: new metatype() })),
  } as unknown as DiscoveryService;
  const publications = new Publications(discovery);
  publications.onModuleInit();
  return publications;
}

describe('Publications', () => {
  const publications = publicationsOf(NotAPublication, PublishThingShipped);

  it('puts the contract on the wire in place of a published domain event, keeping its metadata', () => {
    const shipped = new ThingShipped({ thingId: 't-1', warehouseBin: 'B-7', weightGrams: 2500 });
    shipped.stamp({ correlationId: 'req-1', sequence: 3 });
    const onWire = publications.onWire(shipped);
    expect(onWire).toBeInstanceOf(ThingShippedContract);
    expect(onWire.toJSON()).toEqual({
      ...shipped.metadata,
      name: 'things.thing-shipped',
      version: 2,
      payload: { thingId: 't-1', weightKg: 2.5 },
    });
  });

  it('keeps the due time of a scheduled domain event on its contract', () => {
    const shipped = new ThingShipped({ thingId: 't-1', warehouseBin: 'B-7', weightGrams: 1 }, { deliverAt: '2030-01-01T00:00:00.000Z' });
    expect(publications.onWire(shipped).metadata.deliverAt).toBe('2030-01-01T00:00:00.000Z');
  });

  it('sends an internal event as it is', () => {
    const lost = new ThingLost({ thingId: 't-1' });
    expect(publications.onWire(lost)).toBe(lost);
  });

  it('refuses a mapping whose contract names another aggregate', () => {
    const mismatched = publicationsOf(PublishAnotherThing);
    expect(() => mismatched.onWire(new ThingShipped({ thingId: 't-1', warehouseBin: 'B-7', weightGrams: 1 }))).toThrow(
      'PublishAnotherThing maps ThingShipped of t-1 to a things.thing-shipped of another-thing; a contract must name the aggregate that raised it',
    );
  });

  it('refuses at start-up two publications of one domain event', () => {
    expect(() => publicationsOf(PublishThingShipped, PublishThingShippedToo)).toThrow(
      'PublishThingShipped and PublishThingShippedToo both publish ThingShipped; a domain event is published as one contract',
    );
  });

  it('refuses a handler of a published domain event, naming the contract to subscribe to', () => {
    expect(() => publications.assertSubscribable(ThingShipped, 'things.NotifyOnThingShipped')).toThrow(
      'things.NotifyOnThingShipped handles ThingShipped, which is published as ThingShippedContract (things.thing-shipped v2); subscribe to the contract',
    );
    expect(() => publications.assertSubscribable(ThingShippedContract, 'things.NotifyOnThingShipped')).not.toThrow();
    expect(() => publications.assertSubscribable(ThingLost, 'things.NotifyOnThingLost')).not.toThrow();
  });
});
