import { Command } from '@nestjs/cqrs';

export class ChurnCustomer extends Command<void> {
  constructor(
    readonly customerId: string,
    readonly reason: string,
    /** Only customers assigned to this rep are reachable; undefined: anyone's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
