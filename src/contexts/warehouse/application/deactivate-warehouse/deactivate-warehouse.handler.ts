import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { WAREHOUSE_REPOSITORY, WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { DeactivateWarehouse } from './deactivate-warehouse.command';

@CommandHandler(DeactivateWarehouse)
export class DeactivateWarehouseHandler implements ICommandHandler<DeactivateWarehouse, void> {
  constructor(@Inject(WAREHOUSE_REPOSITORY) private readonly warehouses: WarehouseRepository) {}

  async execute({ code }: DeactivateWarehouse): Promise<void> {
    const warehouse = await this.warehouses.getByCode(code);
    warehouse.deactivate();
    await this.warehouses.save(warehouse);
  }
}
