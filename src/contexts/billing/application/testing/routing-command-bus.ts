import { Command, ICommandHandler } from '@nestjs/cqrs';
import { TransactionalCommandBus } from '@promenade/platform';

type CommandClass = abstract new (...args: never[]) => Command<unknown>;

/**
 * A command bus for unit tests that runs each command on the real handler given for its class, so a use case sending
 * others (a message handler, RefundPayment's credit note) is tested with what they do; every command is recorded in `sent`.
 */
export class RoutingCommandBus extends TransactionalCommandBus {
  readonly sent: Command<unknown>[] = [];
  private readonly handlers = new Map<CommandClass, ICommandHandler<Command<unknown>>>();

  route<C extends Command<unknown>>(type: abstract new (...args: never[]) => C, handler: ICommandHandler<C>): this {
    this.handlers.set(type, handler as ICommandHandler<Command<unknown>>);
    return this;
  }

  async execute<R>(command: Command<R>): Promise<R> {
    this.sent.push(command);
    const handler = this.handlers.get(command.constructor as CommandClass);
    if (!handler) throw new Error(`no handler routed for ${command.constructor.name}`);
    return (await handler.execute(command)) as R;
  }
}
