import { Command } from '@nestjs/cqrs';

/** Lets a warehouse take receipts and new reservations again. */
export class ActivateWarehouse extends Command<void> {
  constructor(readonly code: string) {
    super();
  }
}
