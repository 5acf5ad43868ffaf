import { Command } from '@nestjs/cqrs';

export class DowngradeCustomer extends Command<void> {
  constructor(readonly customerId: string) {
    super();
  }
}
