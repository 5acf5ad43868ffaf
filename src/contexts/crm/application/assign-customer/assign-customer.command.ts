import { Command } from '@nestjs/cqrs';

export class AssignCustomer extends Command<void> {
  constructor(readonly customerId: string) {
    super();
  }
}
