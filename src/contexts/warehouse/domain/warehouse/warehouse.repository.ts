import { Warehouse } from './warehouse.aggregate';

export const WAREHOUSE_REPOSITORY = Symbol('WarehouseRepository');

/** Where warehouses are kept. `getById` throws WarehouseNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface WarehouseRepository {
  getById(id: string): Promise<Warehouse>;
  save(warehouse: Warehouse): Promise<void>;
}
