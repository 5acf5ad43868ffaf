import { Command } from '@nestjs/cqrs';
import { WarehouseChanges } from '../../domain/warehouse/warehouse.aggregate';

/** Changes some of a warehouse's own fields (its code never changes; its status has its own commands). */
export class UpdateWarehouse extends Command<void> {
  constructor(
    readonly code: string,
    readonly changes: WarehouseChanges,
  ) {
    super();
  }
}
