import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { WAREHOUSE_REPOSITORY, WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { ActivateWarehouse } from './activate-warehouse.command';

@CommandHandler(ActivateWarehouse)
export class ActivateWarehouseHandler implements ICommandHandler<ActivateWarehouse, void> {
  constructor(@Inject(WAREHOUSE_REPOSITORY) private readonly warehouses: WarehouseRepository) {}

  async execute({ code }: ActivateWarehouse): Promise<void> {
    const warehouse = await this.warehouses.getByCode(code);
    warehouse.activate();
    await this.warehouses.save(warehouse);
  }
}
