import { WarehouseStatus } from './warehouse-status';
import { Warehouse } from './warehouse.aggregate';

export const WAREHOUSE_REPOSITORY = Symbol('WarehouseRepository');

export interface WarehouseFilter {
  status?: WarehouseStatus;
  /** Part of the code or of the name, any case. */
  search?: string;
}

/**
 * Where warehouses are kept. Codes are looked up in any case (normalised as `WarehouseCode.normalise`).
 * `save` is optimistic (ConcurrencyConflict) and answers WAREHOUSE_CODE_TAKEN when another warehouse holds the code.
 */
export interface WarehouseRepository {
  /** Throws WarehouseNotFound. */
  getById(id: string): Promise<Warehouse>;
  /** Throws WarehouseNotFound. */
  getByCode(code: string): Promise<Warehouse>;
  /** Ordered by code. */
  findPage(filter: WarehouseFilter, offset: number, limit: number): Promise<{ items: Warehouse[]; total: number }>;
  save(warehouse: Warehouse): Promise<void>;
}
