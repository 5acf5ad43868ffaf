import { Command } from '@nestjs/cqrs';

export class CancelOrder extends Command<void> {
  constructor(
    readonly orderId: string,
    readonly reason: string,
    /** Only this customer's orders are reachable; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
