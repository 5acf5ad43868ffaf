import { Command } from '@nestjs/cqrs';

/** Stops receipts and reservations of a product, for good; its stock on hand can still ship. */
export class DiscontinueProduct extends Command<void> {
  constructor(readonly sku: string) {
    super();
  }
}
