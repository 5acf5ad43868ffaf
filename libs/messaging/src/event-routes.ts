import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { IEventHandler } from '@nestjs/cqrs';
import { EVENTS_HANDLER_METADATA } from '@nestjs/cqrs/dist/decorators/constants';
import { AppConfig } from '@promenade/config';
import { DomainEvent, SerializedEvent } from '@promenade/ddd';
import { Delivery } from './delivery';
import { EventRegistry, RegisteredEventType } from './event-registry';
import { RETRY_POLICY, RetryPolicy } from './retry-policy.decorator';

export interface HandlerRoute {
  /** `<context>.<HandlerClass>`, e.g. `shipping.CreateShipmentOnOrderPlaced`: stable, used in job ids and the inbox. */
  id: string;
  context: string;
  handler: IEventHandler<DomainEvent>;
  maxAttempts: number;
}

/** `ShippingModule` → `shipping`; `CustomerManagementModule` → `customer-management`. */
export function contextOfModule(moduleName: string): string {
  return moduleName.replace(/Module$/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * Finds every `@EventsHandler` class and the context (module) it lives in, and registers the event
 * classes they take. The framework, not the EventBus, then calls each handler through its context's queue.
 */
@Injectable()
export class EventRoutes implements OnModuleInit {
  private readonly byEvent = new Map<string, HandlerRoute[]>();
  private readonly byId = new Map<string, HandlerRoute>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly registry: EventRegistry,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    for (const { metatype, instance, host } of this.discovery.getProviders()) {
      const events = metatype && (Reflect.getMetadata(EVENTS_HANDLER_METADATA, metatype) as RegisteredEventType[] | undefined);
      if (!events || !instance || !host) continue;
      const context = contextOfModule(host.metatype.name);
      const policy = Reflect.getMetadata(RETRY_POLICY, metatype) as RetryPolicy | undefined;
      const route: HandlerRoute = {
        id: `${context}.${metatype.name}`,
        context,
        handler: instance as IEventHandler<DomainEvent>,
        maxAttempts: policy?.attempts ?? this.config.EVENT_MAX_ATTEMPTS,
      };
      if (this.byId.has(route.id)) throw new Error(`two event handler classes are named ${route.id}; handler ids must be unique (they key jobs and the inbox)`);
      this.byId.set(route.id, route);
      for (const type of events) {
        this.registry.register(type);
        const key = `${type.eventName}@${type.eventVersion}`;
        this.byEvent.set(key, [...(this.byEvent.get(key) ?? []), route]);
      }
    }
  }

  /**
   * One delivery per subscribed handler, none when nobody listens; a replay (`replay` set) goes to its
   * one handler under a new id, since the broker remembers the first.
   */
  deliveriesOf(envelope: SerializedEvent, replay?: { handlerId: string; replayId: string }): Delivery[] {
    const routes = this.byEvent.get(`${envelope.name}@${envelope.version}`) ?? [];
    return routes.filter((route) => !replay || route.id === replay.handlerId).map((route) => ({
      id: replay ? `${envelope.eventId}@${route.id}@replay-${replay.replayId}` : `${envelope.eventId}@${route.id}`,
      context: route.context,
      handlerId: route.id,
      envelope,
      maxAttempts: route.maxAttempts,
    }));
  }

  route(handlerId: string): HandlerRoute | undefined {
    return this.byId.get(handlerId);
  }

  contexts(): string[] {
    return [...new Set([...this.byId.values()].map((route) => route.context))].sort();
  }
}
