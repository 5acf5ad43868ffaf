import { Command } from '@nestjs/cqrs';

/** Soft-deletes a product no warehouse holds on hand or reserved: it stays stored for the ledger, gone for every operation. */
export class DeleteProduct extends Command<void> {
  constructor(readonly sku: string) {
    super();
  }
}
