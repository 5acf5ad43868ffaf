import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, uniqueViolation, UnitOfWork } from '@promenade/persistence';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';
import { WarehouseCode } from '../../domain/warehouse/warehouse-code';
import { WarehouseCodeTaken, WarehouseNotFound } from '../../domain/warehouse/warehouse.errors';
import { WarehouseFilter, WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { containing } from './like-pattern';
import { warehouseMapper } from './warehouse.mapper';
import { WarehouseModel } from './warehouse.model';

/** The unique index on code of the CreateWarehouses migration. */
const ONE_WAREHOUSE_PER_CODE = 'warehouses_code_unique';

@Injectable()
export class WarehouseTypeOrmRepository extends TypeOrmAggregateRepository<Warehouse, WarehouseModel> implements WarehouseRepository {
  constructor(uow: UnitOfWork) {
    super(uow, WarehouseModel, warehouseMapper);
  }

  async getById(id: string): Promise<Warehouse> {
    const warehouse = await this.findById(id);
    if (!warehouse) throw new WarehouseNotFound(id);
    return warehouse;
  }

  async getByCode(code: string): Promise<Warehouse> {
    const normalised = WarehouseCode.normalise(code);
    const row = await this.models.findOneBy({ code: normalised });
    if (!row) throw new WarehouseNotFound(normalised);
    return warehouseMapper.toDomain(row);
  }

  async findPage(filter: WarehouseFilter, offset: number, limit: number): Promise<{ items: Warehouse[]; total: number }> {
    const query = this.models.createQueryBuilder('warehouse').orderBy('warehouse.code', 'ASC').skip(offset).take(limit);
    if (filter.status) query.andWhere('warehouse.status = :status', { status: filter.status });
    if (filter.search) {
      query.andWhere('(warehouse.code ILIKE :search OR warehouse.name ILIKE :search)', { search: containing(filter.search) });
    }
    const [rows, total] = await query.getManyAndCount();
    return { items: rows.map((row) => warehouseMapper.toDomain(row)), total };
  }

  /** A request that raced another past the handler's reads is stopped by the index: WAREHOUSE_CODE_TAKEN, not a database error. */
  override async save(warehouse: Warehouse): Promise<void> {
    try {
      await super.save(warehouse);
    } catch (error) {
      if (uniqueViolation(error) === ONE_WAREHOUSE_PER_CODE) throw new WarehouseCodeTaken(warehouse.code);
      throw error;
    }
  }
}
