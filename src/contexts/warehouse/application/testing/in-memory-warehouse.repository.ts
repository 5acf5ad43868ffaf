import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Warehouse, WarehouseState } from '../../domain/warehouse/warehouse.aggregate';
import { WarehouseCode } from '../../domain/warehouse/warehouse-code';
import { WarehouseCodeTaken, WarehouseNotFound } from '../../domain/warehouse/warehouse.errors';
import { WarehouseFilter, WarehouseRepository } from '../../domain/warehouse/warehouse.repository';

/** A unit-test stand-in for the warehouse store: the port's queries, and one warehouse per code as the unique index keeps it. */
export class InMemoryWarehouseRepository extends InMemoryAggregateRepository<Warehouse, WarehouseState> implements WarehouseRepository {
  constructor() {
    super(Warehouse.restore);
  }

  async getById(id: string): Promise<Warehouse> {
    const stored = this.stored(id);
    if (!stored) throw new WarehouseNotFound(id);
    return stored;
  }

  async getByCode(code: string): Promise<Warehouse> {
    const normalised = WarehouseCode.normalise(code);
    const found = this.all().find((warehouse) => warehouse.code === normalised);
    if (!found) throw new WarehouseNotFound(normalised);
    return found;
  }

  async findPage(filter: WarehouseFilter, offset: number, limit: number): Promise<{ items: Warehouse[]; total: number }> {
    const search = filter.search?.toLowerCase();
    const matches = this.all().filter(
      (w) =>
        (filter.status ?? w.status) === w.status &&
        (search === undefined || w.code.toLowerCase().includes(search) || w.name.toLowerCase().includes(search)),
    );
    return this.pageOf(matches, offset, limit, byCode);
  }

  override async save(warehouse: Warehouse): Promise<void> {
    if (this.all().some((other) => other.code === warehouse.code && other.id !== warehouse.id))
      throw new WarehouseCodeTaken(warehouse.code);
    await super.save(warehouse);
  }
}

/** Byte order, as the column's "C" collation sorts it. */
const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
