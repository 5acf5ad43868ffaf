import { SetMetadata } from '@nestjs/common';
import { DomainEvent, EventType } from '@promenade/ddd';
import { RegisteredEventType } from '../event-registry';

export const PUBLISHED_AS_KEY = 'promenade:publishes';

/** A contract class: rebuilt from its payload (its aggregate id is read from it) and metadata. */
export type ContractType<Contract extends DomainEvent = DomainEvent> = RegisteredEventType & (new (payload: Contract['payload'], ...rest: never[]) => Contract);

/** What `@Publishes` records: the domain event a context raises and the contract other contexts receive instead. */
export interface PublishedAs {
  event: EventType;
  contract: ContractType;
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
