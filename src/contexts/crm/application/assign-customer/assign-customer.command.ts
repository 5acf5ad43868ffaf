import { Command } from '@nestjs/cqrs';

export class AssignCustomer extends Command<void> {
  constructor(
    readonly customerId: string,
    readonly repId: string,
    /** Only customers assigned to this rep are reachable; undefined: anyone's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
