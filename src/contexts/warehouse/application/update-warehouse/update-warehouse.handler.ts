import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { WAREHOUSE_REPOSITORY, WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { UpdateWarehouse } from './update-warehouse.command';

@CommandHandler(UpdateWarehouse)
export class UpdateWarehouseHandler implements ICommandHandler<UpdateWarehouse, void> {
  constructor(@Inject(WAREHOUSE_REPOSITORY) private readonly warehouses: WarehouseRepository) {}

  async execute({ code, changes }: UpdateWarehouse): Promise<void> {
    const warehouse = await this.warehouses.getByCode(code);
    if (warehouse.update(changes)) await this.warehouses.save(warehouse);
  }
}
