import { DomainEvent } from './domain-event';

/**
 * A command a context accepts from others, sent as a message: written to the sender's outbox with the sender's
 * change, delivered once to the receiver's handler. The receiver owns its contract (in its `contracts/`), and
 * publishes nothing for it: it is a request addressed to the receiver, not a fact the receiver announces.
 */
export abstract class CommandMessage<Payload extends object = object> extends DomainEvent<Payload> {}
