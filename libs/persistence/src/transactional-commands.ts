import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { UnitOfWork } from './unit-of-work';

/**
 * Makes every command one unit of work by wrapping the bus itself rather than each handler:
 * no handler can forget it, and a command sent from inside another joins its transaction.
 */
@Injectable()
export class TransactionalCommands implements OnModuleInit {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly uow: UnitOfWork,
  ) {}

  onModuleInit(): void {
    const execute = this.commandBus.execute.bind(this.commandBus) as (...args: unknown[]) => Promise<unknown>;
    this.commandBus.execute = ((...args: unknown[]) => this.uow.run(() => execute(...args))) as CommandBus['execute'];
  }
}
