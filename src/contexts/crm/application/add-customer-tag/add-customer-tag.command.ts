import { Command } from '@nestjs/cqrs';

export class AddCustomerTag extends Command<void> {
  constructor(
    readonly customerId: string,
    readonly tag: string,
    /** Only customers assigned to this rep are reachable; undefined: anyone's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
