import { Command } from '@nestjs/cqrs';

export class DeactivateWarehouse extends Command<void> {
  constructor(readonly warehouseId: string) {
    super();
  }
}
