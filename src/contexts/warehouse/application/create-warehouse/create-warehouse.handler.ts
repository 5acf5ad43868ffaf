import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';
import { WAREHOUSE_REPOSITORY, WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { CreateWarehouse } from './create-warehouse.command';

@CommandHandler(CreateWarehouse)
export class CreateWarehouseHandler implements ICommandHandler<CreateWarehouse, string> {
  constructor(@Inject(WAREHOUSE_REPOSITORY) private readonly warehouses: WarehouseRepository) {}

  async execute(_command: CreateWarehouse): Promise<string> {
    const warehouse = Warehouse.create();
    await this.warehouses.save(warehouse);
    return warehouse.id;
  }
}
