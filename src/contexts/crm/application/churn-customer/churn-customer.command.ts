import { Command } from '@nestjs/cqrs';

export class ChurnCustomer extends Command<void> {
  constructor(readonly customerId: string) {
    super();
  }
}
