import { Command } from '@nestjs/cqrs';

/** Stops receipts and new reservations into a warehouse; its stock can still ship and move out. */
export class DeactivateWarehouse extends Command<void> {
  constructor(readonly code: string) {
    super();
  }
}
