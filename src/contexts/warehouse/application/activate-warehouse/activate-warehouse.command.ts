import { Command } from '@nestjs/cqrs';

export class ActivateWarehouse extends Command<void> {
  constructor(readonly warehouseId: string) {
    super();
  }
}
