import { SetMetadata } from '@nestjs/common';
import { DomainEvent, EventMetadata, EventType } from '@promenade/ddd';
import { RegisteredEventType } from '../event-registry';

export const PUBLISHED_AS_KEY = 'promenade:publishes';

/** A contract class: its public name and version, rebuilt from its payload (which names its aggregate) and metadata. */
export interface ContractType<Contract extends DomainEvent = DomainEvent> {
  readonly eventName: string;
  readonly eventVersion: number;
  new (payload: Contract['payload'], metadata?: Partial<EventMetadata>): Contract;
}

/** What `@Publishes` records: the domain event a context raises and the contract other contexts receive instead. */
export interface PublishedAs {
  event: EventType;
  /** Typed by `@Publishes`, which pairs it with the publication's payload. */
  contract: RegisteredEventType;
}

/** Maps a context's domain event to the payload of the contract it publishes; the framework adds the metadata. */
export interface Publication<Event extends DomainEvent = DomainEvent, Contract extends DomainEvent = DomainEvent> {
  toContract(event: Event): Contract['payload'];
}

/**
 * Declares that `event`, raised inside the context, leaves it as `contract`: the outbox stores the contract
 * in its place, so the internal event may change freely while the contract keeps its promise.
 */
export const Publishes = <Event extends DomainEvent, Contract extends DomainEvent>(
  event: EventType<Event>,
  contract: ContractType<Contract>,
): ((target: new (...args: never[]) => Publication<Event, Contract>) => void) =>
  SetMetadata(PUBLISHED_AS_KEY, { event, contract } satisfies PublishedAs);
