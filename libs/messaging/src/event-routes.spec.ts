import { DiscoveryService } from '@nestjs/core';
import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { AppConfig } from '@promenade/config';
import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { EventRegistry } from './event-registry';
import { contextOfModule, EventRoutes } from './event-routes';
import { EventRetryPolicy } from './retry-policy.decorator';

class ThingHappened extends DomainEvent<{ thingId: string }> {
  static readonly eventName = 'things.thing-happened';
  static readonly eventVersion = 1;
  constructor(payload: { thingId: string }, metadata?: Partial<EventMetadata>) {
    super(payload.thingId, payload, metadata);
  }
}

@EventsHandler(ThingHappened)
class NotifyOnThingHappened implements IEventHandler<ThingHappened> {
  handle(): void {}
}

@EventsHandler(ThingHappened)
@EventRetryPolicy({ attempts: 2 })
class BillOnThingHappened implements IEventHandler<ThingHappened> {
  handle(): void {}
}

class NotificationsModule {}
class CustomerBillingModule {}

function routesOf(...providers: Array<[new () => object, new () => object]>): { routes: EventRoutes; registry: EventRegistry } {
  const discovery = {
    getProviders: () => providers.map(([metatype, host]) => ({ metatype, instance: new metatype(), host: { metatype: host } })),
  } as unknown as DiscoveryService;
  const registry = new EventRegistry();
  const routes = new EventRoutes(discovery, registry, Object.assign(new AppConfig(), { EVENT_MAX_ATTEMPTS: 8 }));
  routes.onModuleInit();
  return { routes, registry };
}

describe('EventRoutes', () => {
  const { routes, registry } = routesOf([NotifyOnThingHappened, NotificationsModule], [BillOnThingHappened, CustomerBillingModule]);
  const envelope = new ThingHappened({ thingId: 't-1' }).toJSON();

  it('finds each @EventsHandler, its context and its attempts', () => {
    expect(routes.contexts()).toEqual(['customer-billing', 'notifications']);
    expect(routes.route('notifications.NotifyOnThingHappened')).toMatchObject({ context: 'notifications', maxAttempts: 8 });
    expect(routes.route('customer-billing.BillOnThingHappened')).toMatchObject({ context: 'customer-billing', maxAttempts: 2 });
  });

  it('makes one delivery per handler, its id derived from the event and the handler', () => {
    expect(routes.deliveriesOf(envelope).map((d) => [d.id, d.context, d.maxAttempts])).toEqual([
      [`${envelope.eventId}@notifications.NotifyOnThingHappened`, 'notifications', 8],
      [`${envelope.eventId}@customer-billing.BillOnThingHappened`, 'customer-billing', 2],
    ]);
  });

  it('aims a replay at its one handler under a new id', () => {
    const [replay] = routes.deliveriesOf(envelope, { handlerId: 'customer-billing.BillOnThingHappened', replayId: '42' });
    expect(replay.id).toBe(`${envelope.eventId}@customer-billing.BillOnThingHappened@replay-42`);
    expect(routes.deliveriesOf(envelope, { handlerId: 'gone.Handler', replayId: '43' })).toEqual([]);
  });

  it('registers the event classes its handlers take, so consumers rebuild real instances', () => {
    expect(registry.deserialize(envelope)).toBeInstanceOf(ThingHappened);
  });

  it('has no delivery for an event nobody handles', () => {
    expect(routes.deliveriesOf({ ...envelope, name: 'things.unheard-of' })).toEqual([]);
  });
});

describe('contextOfModule', () => {
  it.each([
    ['ShippingModule', 'shipping'],
    ['CustomerManagementModule', 'customer-management'],
    ['Crm2Module', 'crm2'],
  ])('names the context of %s as %s', (moduleName, context) => {
    expect(contextOfModule(moduleName)).toBe(context);
  });
});
