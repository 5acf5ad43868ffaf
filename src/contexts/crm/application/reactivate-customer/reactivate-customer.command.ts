import { Command } from '@nestjs/cqrs';

export class ReactivateCustomer extends Command<void> {
  constructor(readonly customerId: string) {
    super();
  }
}
