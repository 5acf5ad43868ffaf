import { Command } from '@nestjs/cqrs';

export class UpgradeCustomer extends Command<void> {
  constructor(readonly customerId: string) {
    super();
  }
}
