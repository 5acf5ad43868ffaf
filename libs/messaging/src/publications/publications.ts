import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DomainEvent, EventType } from '@promenade/ddd';
import { Publication, PUBLISHED_AS_KEY, PublishedAs } from './publishes.decorator';

interface Registered extends PublishedAs {
  publication: Publication;
}

/**
 * Every `@Publishes` provider of every context, found at start-up. The outbox asks it what goes on the
 * wire for a raised event (the contract for a published one), and the event routes ask it whether a
 * handler's event can be received at all (a published domain event never travels).
 */
@Injectable()
export class Publications implements OnModuleInit {
  private found: Map<EventType, Registered> | undefined;

  constructor(private readonly discovery: DiscoveryService) {}

  /** Outside Nest (a script writing to the outbox): the publications it may raise events for, wired by hand. */
  static of(...publications: Publication[]): Publications {
    const providers = publications.map((instance) => ({ metatype: instance.constructor, instance }));
    return new Publications({ getProviders: () => providers } as unknown as DiscoveryService);
  }

  onModuleInit(): void {
    this.byEvent();
  }

  /** The event as it is stored and sent: the contract of a published domain event, with the domain event's metadata. */
  onWire(event: DomainEvent): DomainEvent {
    const published = this.byEvent().get(event.constructor as EventType);
    if (!published) return event;
    const { eventId, occurredAt, aggregateId, sequence, correlationId, deliverAt } = event.metadata;
    const contract = new published.contract(published.publication.toContract(event) as never, {
      eventId,
      occurredAt,
      sequence,
      correlationId,
      deliverAt,
    });
    if (contract.metadata.aggregateId !== aggregateId) {
      throw new Error(
        `${published.publication.constructor.name} maps ${event.constructor.name} of ${aggregateId} to a ${published.contract.eventName} of ${contract.metadata.aggregateId}; a contract must name the aggregate that raised it`,
      );
    }
    return contract;
  }

  /** Refuses a handler of a published domain event: it would never be called, since only the contract is sent. */
  assertSubscribable(type: EventType, handler: string): void {
    const published = this.byEvent().get(type);
    if (published) {
      throw new Error(
        `${handler} handles ${type.name}, which is published as ${published.contract.name} (${published.contract.eventName} v${published.contract.eventVersion}); subscribe to the contract`,
      );
    }
  }

  /** Found once, on first use: every provider instance exists before any module's init hook runs. */
  private byEvent(): Map<EventType, Registered> {
    if (this.found) return this.found;
    const found = new Map<EventType, Registered>();
    for (const { metatype, instance } of this.discovery.getProviders()) {
      const published = metatype && (Reflect.getMetadata(PUBLISHED_AS_KEY, metatype) as PublishedAs | undefined);
      if (!published || !instance) continue;
      const existing = found.get(published.event);
      if (existing) {
        throw new Error(
          `${existing.publication.constructor.name} and ${metatype.name} both publish ${published.event.name}; a domain event is published as one contract`,
        );
      }
      found.set(published.event, { ...published, publication: instance as Publication });
    }
    return (this.found = found);
  }
}
