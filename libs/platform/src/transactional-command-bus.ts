import { Command } from '@nestjs/cqrs';

/**
 * The one way to send a command: each runs as one unit of work (its state changes and the events it
 * records commit together or not at all), and a command sent while another runs joins its transaction.
 * A port, so use cases and event handlers can send commands without depending on persistence; the
 * persistence library provides it (ESLint keeps the library's bare CommandBus out of everyone's hands).
 */
export abstract class TransactionalCommandBus {
  abstract execute<R>(command: Command<R>): Promise<R>;
}
