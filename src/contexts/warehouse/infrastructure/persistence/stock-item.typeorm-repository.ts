import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { UnitOfMeasure } from '../../domain/quantity';
import { StockItem } from '../../domain/stock-item/stock-item.aggregate';
import { StockItemNotFound } from '../../domain/stock-item/stock-item.errors';
import { StockItemFilter, StockItemRepository, StockKey, StockMovementFilter } from '../../domain/stock-item/stock-item.repository';
import { StockMovement } from '../../domain/stock-item/stock-movement';
import { stockItemMapper } from './stock-item.mapper';
import { StockItemModel } from './stock-item.model';
import { stockMovementMapper } from './stock-movement.mapper';
import { StockMovementModel } from './stock-movement.model';

/** Byte order, whatever the database's collation: every lock takes rows in this one order, so none waits in a cycle. */
const KEY_ORDER: Array<[string, 'ASC']> = [
  ['item.sku COLLATE "C"', 'ASC'],
  ['item.warehouse_code COLLATE "C"', 'ASC'],
];

@Injectable()
export class StockItemTypeOrmRepository extends TypeOrmAggregateRepository<StockItem, StockItemModel> implements StockItemRepository {
  constructor(uow: UnitOfWork) {
    super(uow, StockItemModel, stockItemMapper);
  }

  private get movements(): Repository<StockMovementModel> {
    return this.uow.manager.getRepository(StockMovementModel);
  }

  async getById(id: string): Promise<StockItem> {
    const stockItem = await this.findById(id);
    if (!stockItem) throw new StockItemNotFound(id);
    return stockItem;
  }

  /** The item's row, then its new movements: the ledger grows exactly when the item changes, in one transaction. */
  override async save(stockItem: StockItem): Promise<void> {
    await this.uow.run(async () => {
      await super.save(stockItem);
      const movements = stockItem.pullMovements().map(stockMovementMapper.toModel);
      if (movements.length > 0) await this.movements.insert(movements);
    });
  }

  async lock(keys: StockKey[]): Promise<StockItem[]> {
    if (keys.length === 0) return [];
    const pairs = { skus: keys.map((key) => key.sku), codes: keys.map((key) => key.warehouseCode) };
    return this.locked(
      this.ordered().where(
        '(item.sku, item.warehouse_code) IN (SELECT * FROM unnest(CAST(:skus AS text[]), CAST(:codes AS text[])))',
        pairs,
      ),
    );
  }

  async lockOrOpen(keys: StockKey[], unitOf: (sku: string) => UnitOfMeasure): Promise<StockItem[]> {
    if (keys.length === 0) return [];
    // Two commands opening the same item both insert; ON CONFLICT DO NOTHING lets the loser wait for the winner's row, then lock it.
    const opened = keys.map((key) => {
      const row = stockItemMapper.toModel(StockItem.open(key.sku, key.warehouseCode, unitOf(key.sku)));
      return Object.assign(row, { version: 1, updatedAt: row.createdAt });
    });
    await this.models.createQueryBuilder().insert().into(StockItemModel).values(opened).orIgnore().execute();
    return this.lock(keys);
  }

  async lockAllOf(skus: string[]): Promise<StockItem[]> {
    if (skus.length === 0) return [];
    const query = this.ordered()
      .where('item.sku = ANY(:skus)', { skus })
      // EXISTS rather than a join: FOR UPDATE then locks the stock rows only, never the warehouse's.
      .andWhere(`EXISTS (SELECT 1 FROM warehouse.warehouses w WHERE w.code = item.warehouse_code AND w.status = 'active')`);
    return this.locked(query);
  }

  async hasStock(sku: string): Promise<boolean> {
    // reserved never exceeds on_hand: stock on hand covers both.
    return this.models.createQueryBuilder('item').where('item.sku = :sku AND item.on_hand > 0', { sku }).getExists();
  }

  async findBySku(sku: string): Promise<StockItem[]> {
    const rows = await this.ordered().where('item.sku = :sku', { sku }).getMany();
    return rows.map(stockItemMapper.toDomain);
  }

  async findPage(filter: StockItemFilter, offset: number, limit: number): Promise<{ items: StockItem[]; total: number }> {
    const query = this.ordered().where('TRUE');
    if (filter.sku !== undefined) query.andWhere('item.sku = :sku', { sku: filter.sku });
    if (filter.warehouseCode !== undefined) query.andWhere('item.warehouse_code = :warehouseCode', { warehouseCode: filter.warehouseCode });
    if (filter.belowReorderPoint) query.andWhere('item.on_hand - item.reserved < item.reorder_point');
    const [rows, total] = await query.offset(offset).limit(limit).getManyAndCount();
    return { items: rows.map(stockItemMapper.toDomain), total };
  }

  async findMovementPage(filter: StockMovementFilter, offset: number, limit: number): Promise<{ items: StockMovement[]; total: number }> {
    const query = this.movements.createQueryBuilder('movement').where('TRUE');
    if (filter.sku !== undefined) query.andWhere('movement.sku = :sku', { sku: filter.sku });
    if (filter.warehouseCode !== undefined)
      query.andWhere('movement.warehouse_code = :warehouseCode', { warehouseCode: filter.warehouseCode });
    if (filter.type !== undefined) query.andWhere('movement.type = :type', { type: filter.type });
    if (filter.from !== undefined) query.andWhere('movement.occurred_at >= :from', { from: filter.from });
    if (filter.to !== undefined) query.andWhere('movement.occurred_at < :to', { to: filter.to });
    const [rows, total] = await query
      .orderBy('movement.occurred_at', 'DESC')
      .addOrderBy('movement.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return { items: rows.map(stockMovementMapper.toDomain), total };
  }

  private ordered(): SelectQueryBuilder<StockItemModel> {
    const query = this.models.createQueryBuilder('item');
    for (const [expression, direction] of KEY_ORDER) query.addOrderBy(expression, direction);
    return query;
  }

  /** Row locks need the command's transaction: outside one they would end with the statement. */
  private async locked(query: SelectQueryBuilder<StockItemModel>): Promise<StockItem[]> {
    const rows = await query.setLock('pessimistic_write').getMany();
    return rows.map(stockItemMapper.toDomain);
  }
}
