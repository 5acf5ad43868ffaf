import { Command } from '@nestjs/cqrs';

/** The order left with a carrier (Shipping shipped it). */
export class MarkOrderShipped extends Command<void> {
  constructor(
    readonly orderId: string,
    readonly carrier: string,
    readonly trackingNumber: string,
  ) {
    super();
  }
}
