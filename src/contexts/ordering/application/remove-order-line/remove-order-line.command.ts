import { Command } from '@nestjs/cqrs';

export class RemoveOrderLine extends Command<void> {
  constructor(
    readonly orderId: string,
    readonly sku: string,
  ) {
    super();
  }
}
