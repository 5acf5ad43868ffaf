import { Command } from '@nestjs/cqrs';

export class PlaceOrder extends Command<void> {
  constructor(readonly orderId: string) {
    super();
  }
}
