import { Command } from '@nestjs/cqrs';

export class CancelOrder extends Command<void> {
  constructor(
    readonly orderId: string,
    readonly reason: string,
  ) {
    super();
  }
}
