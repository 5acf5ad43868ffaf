import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';
import { WAREHOUSE_REPOSITORY, WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { CreateWarehouse } from './create-warehouse.command';

@CommandHandler(CreateWarehouse)
export class CreateWarehouseHandler implements ICommandHandler<CreateWarehouse, string> {
  constructor(@Inject(WAREHOUSE_REPOSITORY) private readonly warehouses: WarehouseRepository) {}

  async execute({ warehouse: input }: CreateWarehouse): Promise<string> {
    const warehouse = Warehouse.create(input);
    await this.warehouses.save(warehouse); // WAREHOUSE_CODE_TAKEN from the unique index: no read-then-insert race to lose
    return warehouse.code;
  }
}
