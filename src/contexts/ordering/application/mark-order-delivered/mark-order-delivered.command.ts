import { Command } from '@nestjs/cqrs';

/** The order reached its customer (Shipping delivered it). */
export class MarkOrderDelivered extends Command<void> {
  constructor(readonly orderId: string) {
    super();
  }
}
