import { Command } from '@nestjs/cqrs';
import { NewOrderLine } from '../create-order/create-order.command';

export class AddOrderLine extends Command<void> {
  constructor(
    readonly orderId: string,
    readonly line: NewOrderLine,
    /** Only this customer's orders are reachable; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
