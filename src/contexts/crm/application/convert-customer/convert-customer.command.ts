import { Command } from '@nestjs/cqrs';

export class ConvertCustomer extends Command<void> {
  constructor(readonly customerId: string) {
    super();
  }
}
