import { Command } from '@nestjs/cqrs';

export class CancelSubscription extends Command<void> {
  constructor(readonly subscriptionId: string) {
    super();
  }
}
