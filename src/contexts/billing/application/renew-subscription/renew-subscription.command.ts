import { Command } from '@nestjs/cqrs';

export class RenewSubscription extends Command<void> {
  constructor(readonly subscriptionId: string) {
    super();
  }
}
