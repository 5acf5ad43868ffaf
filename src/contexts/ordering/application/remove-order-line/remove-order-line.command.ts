import { Command } from '@nestjs/cqrs';

export class RemoveOrderLine extends Command<void> {
  constructor(
    readonly orderId: string,
    readonly sku: string,
    /** Only this customer's orders are reachable; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
