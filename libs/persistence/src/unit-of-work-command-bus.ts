import { Injectable } from '@nestjs/common';
import { Command, CommandBus } from '@nestjs/cqrs';
import { TransactionalCommandBus } from '@promenade/platform';
import { UnitOfWork } from './unit-of-work';

/**
 * Wraps the library's CommandBus, which has no hook around a handler's execution, rather than each
 * handler: no handler can forget its transaction. Everything else (handler discovery, the command
 * publisher) stays the library's.
 */
@Injectable()
export class UnitOfWorkCommandBus extends TransactionalCommandBus {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly uow: UnitOfWork,
  ) {
    super();
  }

  execute<R>(command: Command<R>): Promise<R> {
    return this.uow.run(() => this.commandBus.execute(command));
  }
}
