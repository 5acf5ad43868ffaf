import { DiscoveryService } from '@nestjs/core';
import { IEventHandler } from '@nestjs/cqrs';
import { AppConfig } from '@promenade/config';
import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { EventHandler, eventHandlerOf } from './event-handler.decorator';
import { EventRegistry } from './event-registry';
import { contextOfModule, EventRoutes } from './event-routes';
import { Publications } from './publications';
import { PublishThingShipped, ThingShipped } from './publications/testing/things.fixtures';
import { EventRetryPolicy } from './retry-policy.decorator';

class ThingHappened extends DomainEvent<{ thingId: string }> {
  static readonly eventName = 'things.thing-happened';
  static readonly eventVersion = 1;
  constructor(payload: { thingId: string }, metadata?: Partial<EventMetadata>) {
    super(payload.thingId, payload, metadata);
  }
}

const NOTIFY = 'notifications.notify-user-on-thing-happened';
const BILL = 'customer-billing.bill-customer-on-thing-happened';

@EventHandler(NOTIFY, ThingHappened)
class NotifyUserOnThingHappened implements IEventHandler<ThingHappened> {
  handle(): void {}
}

@EventHandler(BILL, ThingHappened)
@EventRetryPolicy({ attempts: 2 })
class BillCustomerOnThingHappened implements IEventHandler<ThingHappened> {
  handle(): void {}
}

class NotificationsModule {}
class CustomerBillingModule {}

function routesOf(...providers: Array<[new () => object, new () => object]>): { routes: EventRoutes; registry: EventRegistry } {
  const discovery = {
    getProviders: () => providers.map(([metatype, host]) => ({ metatype, instance: new metatype(), host: { metatype: host } })),
  } as unknown as DiscoveryService;
  const registry = new EventRegistry();
  const routes = new EventRoutes(
    discovery,
    registry,
    Object.assign(new AppConfig(), { EVENT_MAX_ATTEMPTS: 8 }),
    new Publications(discovery),
  );
  routes.onModuleInit();
  return { routes, registry };
}

/** A handler class declared under `id`, to feed the start-up checks one bad declaration at a time. */
function handlerWithId(id: string): new () => object {
  @EventHandler(id, ThingHappened)
  class DeclaredHandler implements IEventHandler<ThingHappened> {
    handle(): void {}
  }
  return DeclaredHandler;
}

describe('@EventHandler', () => {
  it('records the declared id and events', () => {
    expect(eventHandlerOf(BillCustomerOnThingHappened)).toEqual({ id: BILL, events: [ThingHappened] });
  });

  it('is absent from a class it does not decorate', () => {
    expect(eventHandlerOf(NotificationsModule)).toBeUndefined();
  });
});

describe('EventRoutes', () => {
  const { routes, registry } = routesOf(
    [NotifyUserOnThingHappened, NotificationsModule],
    [BillCustomerOnThingHappened, CustomerBillingModule],
  );
  const envelope = new ThingHappened({ thingId: 't-1' }).toJSON();

  it('finds each @EventHandler under its declared id, with its context and its attempts', () => {
    expect(routes.contexts()).toEqual(['customer-billing', 'notifications']);
    expect(routes.route(NOTIFY)).toMatchObject({ context: 'notifications', maxAttempts: 8 });
    expect(routes.route(BILL)).toMatchObject({ context: 'customer-billing', maxAttempts: 2 });
    expect(routes.route('customer-billing.BillCustomerOnThingHappened')).toBeUndefined();
  });

  it('makes one delivery per handler, its id derived from the event and the declared handler id', () => {
    expect(routes.deliveriesOf(envelope).map((d) => [d.id, d.context, d.handlerId, d.maxAttempts])).toEqual([
      [`${envelope.eventId}@${NOTIFY}`, 'notifications', NOTIFY, 8],
      [`${envelope.eventId}@${BILL}`, 'customer-billing', BILL, 2],
    ]);
  });

  it('aims a replay at its one handler under a new id', () => {
    const [replay] = routes.deliveriesOf(envelope, { handlerId: BILL, replayId: '42' });
    expect(replay.id).toBe(`${envelope.eventId}@${BILL}@replay-42`);
    expect(routes.deliveriesOf(envelope, { handlerId: 'gone.handler', replayId: '43' })).toEqual([]);
  });

  it('registers the event classes its handlers take, so consumers rebuild real instances', () => {
    expect(registry.deserialize(envelope)).toBeInstanceOf(ThingHappened);
  });

  it('has no delivery for an event nobody handles', () => {
    expect(routes.deliveriesOf({ ...envelope, name: 'things.unheard-of' })).toEqual([]);
  });
});

describe('EventRoutes start-up checks', () => {
  it('refuses two handlers declaring one id', () => {
    expect(() => routesOf([NotifyUserOnThingHappened, NotificationsModule], [handlerWithId(NOTIFY), NotificationsModule])).toThrow(
      `DeclaredHandler and NotifyUserOnThingHappened both declare the event handler id ${NOTIFY}`,
    );
  });

  it('refuses an id that claims another context', () => {
    expect(() => routesOf([handlerWithId('customer-billing.notify-user-on-thing-happened'), NotificationsModule])).toThrow(
      'DeclaredHandler lives in the notifications context, so its event handler id must start with "notifications."',
    );
  });

  it('refuses an id that merely starts like its context', () => {
    expect(() => routesOf([handlerWithId('notificationsx.notify-user'), NotificationsModule])).toThrow('must start with "notifications."');
  });

  it('refuses a handler of a published domain event: only its contract travels', () => {
    @EventHandler('notifications.notify-user-on-thing-shipped', ThingShipped)
    class NotifyUserOnThingShipped implements IEventHandler<ThingShipped> {
      handle(): void {}
    }
    expect(() => routesOf([PublishThingShipped, NotificationsModule], [NotifyUserOnThingShipped, NotificationsModule])).toThrow(
      'notifications.notify-user-on-thing-shipped handles ThingShipped, which is published as ThingShippedContract (things.thing-shipped v2); subscribe to the contract',
    );
  });

  it.each([
    'notifications.NotifyUserOnThingHappened',
    'notifications.notify--user',
    'notifications.notify_user',
    'notifications.',
    'notifications.notify-user-',
  ])('refuses the badly formed id %s', (id) => {
    expect(() => routesOf([handlerWithId(id), NotificationsModule])).toThrow(`"${id}" must read notifications.<verb-object>-on-<event>`);
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
