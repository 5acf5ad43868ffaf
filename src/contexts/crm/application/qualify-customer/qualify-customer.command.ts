import { Command } from '@nestjs/cqrs';

export class QualifyCustomer extends Command<void> {
  constructor(readonly customerId: string) {
    super();
  }
}
