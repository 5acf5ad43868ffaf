import { Command } from '@nestjs/cqrs';

export class QualifyCustomer extends Command<void> {
  constructor(
    readonly customerId: string,
    /** Only customers assigned to this rep are reachable; undefined: anyone's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
