import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { IEventHandler } from '@nestjs/cqrs';
import { AppConfig } from '@promenade/config';
import { DomainEvent, SerializedEvent } from '@promenade/ddd';
import { Delivery } from './delivery';
import { eventHandlerOf } from './event-handler.decorator';
import { EventRegistry } from './event-registry';
import { Publications } from './publications';
import { RETRY_POLICY, RetryPolicy } from './retry-policy.decorator';

export interface HandlerRoute {
  /** Declared with `@EventHandler`, e.g. `shipping.create-shipment-on-order-placed`: keys job ids, the inbox and dead letters. */
  id: string;
  context: string;
  handler: IEventHandler<DomainEvent>;
  maxAttempts: number;
}

/** `ShippingModule` → `shipping`; `CustomerManagementModule` → `customer-management`. */
export function contextOfModule(moduleName: string): string {
  return moduleName
    .replace(/Module$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/** The part of a handler id after `<context>.`: lower-case words joined by single hyphens. */
const HANDLER_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Finds every `@EventHandler` class and the context (module) it lives in, and registers the event
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
    private readonly publications: Publications,
  ) {}

  onModuleInit(): void {
    for (const { metatype, instance, host } of this.discovery.getProviders()) {
      const declared = metatype && eventHandlerOf(metatype);
      if (!declared || !instance || !host) continue;
      const { id, events } = declared;
      const context = contextOfModule(host.metatype.name);
      checkHandlerId(id, context, metatype.name);
      const policy = Reflect.getMetadata(RETRY_POLICY, metatype) as RetryPolicy | undefined;
      const route: HandlerRoute = {
        id,
        context,
        handler: instance as IEventHandler<DomainEvent>,
        maxAttempts: policy?.attempts ?? this.config.EVENT_MAX_ATTEMPTS,
      };
      const taken = this.byId.get(id);
      if (taken) {
        throw new Error(
          `${metatype.name} and ${taken.handler.constructor.name} both declare the event handler id ${id}; ids must be unique (they key jobs, the inbox and dead letters)`,
        );
      }
      this.byId.set(id, route);
      for (const type of events) {
        this.publications.assertSubscribable(type, id);
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
    return routes
      .filter((route) => !replay || route.id === replay.handlerId)
      .map((route) => ({
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

/** An id names its own context, so a handler can neither claim another context's rows nor drift from the convention. */
function checkHandlerId(id: string, context: string, className: string): void {
  const prefix = `${context}.`;
  if (!id.startsWith(prefix))
    throw new Error(`${className} lives in the ${context} context, so its event handler id must start with "${prefix}" (got "${id}")`);
  if (!HANDLER_NAME.test(id.slice(prefix.length))) {
    throw new Error(
      `${className}'s event handler id "${id}" must read ${prefix}<verb-object>-on-<event>: lower-case words joined by hyphens`,
    );
  }
}
