import { InMemoryAggregateRepository } from '@promenade/ddd';
import { UnitOfMeasure } from '../../domain/quantity';
import { StockItem, StockItemState } from '../../domain/stock-item/stock-item.aggregate';
import { StockItemNotFound } from '../../domain/stock-item/stock-item.errors';
import { StockItemFilter, StockItemRepository, StockKey, StockMovementFilter } from '../../domain/stock-item/stock-item.repository';
import { StockMovement } from '../../domain/stock-item/stock-movement';

/**
 * A unit-test stand-in for the stock item store: the port's queries over the shared in-memory repository, the
 * ledger as a list. Nothing runs concurrently here, so a lock is a read in the port's order.
 */
export class InMemoryStockItemRepository extends InMemoryAggregateRepository<StockItem, StockItemState> implements StockItemRepository {
  /** The appended ledger, oldest first. */
  readonly movements: StockMovement[] = [];
  /** Warehouses `lockAllOf` leaves out, as the database leaves out items of an inactive warehouse. */
  readonly inactiveWarehouses = new Set<string>();

  constructor() {
    super(StockItem.restore);
  }

  override async save(stockItem: StockItem): Promise<void> {
    await super.save(stockItem);
    this.movements.push(...stockItem.pullMovements());
  }

  async getById(id: string): Promise<StockItem> {
    const stored = this.stored(id);
    if (!stored) throw new StockItemNotFound(id);
    return stored;
  }

  async lock(keys: StockKey[]): Promise<StockItem[]> {
    return this.all()
      .filter((item) => keys.some((key) => key.sku === item.sku && key.warehouseCode === item.warehouseCode))
      .sort(byKey);
  }

  async lockOrOpen(keys: StockKey[], unitOf: (sku: string) => UnitOfMeasure): Promise<StockItem[]> {
    const existing = await this.lock(keys);
    for (const key of keys) {
      if (existing.some((item) => item.sku === key.sku && item.warehouseCode === key.warehouseCode)) continue;
      await this.save(StockItem.open(key.sku, key.warehouseCode, unitOf(key.sku)));
    }
    return this.lock(keys);
  }

  async lockAllOf(skus: string[]): Promise<StockItem[]> {
    return this.all()
      .filter((item) => skus.includes(item.sku) && !this.inactiveWarehouses.has(item.warehouseCode))
      .sort(byKey);
  }

  async hasStock(sku: string): Promise<boolean> {
    return this.all().some((item) => item.sku === sku && !(item.onHand.isZero && item.reserved.isZero));
  }

  async findBySku(sku: string): Promise<StockItem[]> {
    return this.all()
      .filter((item) => item.sku === sku)
      .sort(byKey);
  }

  async findPage(filter: StockItemFilter, offset: number, limit: number): Promise<{ items: StockItem[]; total: number }> {
    const matches = this.all().filter(
      (item) =>
        (filter.sku === undefined || item.sku === filter.sku) &&
        (filter.warehouseCode === undefined || item.warehouseCode === filter.warehouseCode) &&
        (!filter.belowReorderPoint || item.isBelowReorderPoint),
    );
    return this.pageOf(matches, offset, limit, byKey);
  }

  async findMovementPage(filter: StockMovementFilter, offset: number, limit: number): Promise<{ items: StockMovement[]; total: number }> {
    const matches = this.movements.filter(
      (movement) =>
        (filter.sku === undefined || movement.sku === filter.sku) &&
        (filter.warehouseCode === undefined || movement.warehouseCode === filter.warehouseCode) &&
        (filter.type === undefined || movement.type === filter.type) &&
        (filter.from === undefined || movement.occurredAt >= filter.from) &&
        (filter.to === undefined || movement.occurredAt < filter.to),
    );
    // Newest first: by time, then by id (UUIDv7, in order of recording) among movements of the same moment.
    const sorted = [...matches].sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || b.id.localeCompare(a.id));
    return { items: sorted.slice(offset, offset + limit), total: matches.length };
  }
}

/** The order every lock takes: by sku, then warehouse code, compared byte by byte (the database's "C" collation). */
function byKey(a: StockItem, b: StockItem): number {
  return compare(a.sku, b.sku) || compare(a.warehouseCode, b.warehouseCode);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
