import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { newId } from '@promenade/ddd';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { TransferWithinWarehouse } from '../../domain/stock-item/stock-item.errors';
import { STOCK_ITEM_REPOSITORY, StockItemRepository, StockKey } from '../../domain/stock-item/stock-item.repository';
import { StockMovement } from '../../domain/stock-item/stock-movement';
import { WAREHOUSE_REPOSITORY, WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { arrivingLines, unitsOf } from '../receive-stock/arriving-lines';
import { TransferStock } from './transfer-stock.command';

/** Both halves of every line in the command's one transaction: stock is never out of one warehouse and not yet in the other. */
@CommandHandler(TransferStock)
export class TransferStockHandler implements ICommandHandler<TransferStock, StockMovement[]> {
  constructor(
    @Inject(WAREHOUSE_REPOSITORY) private readonly warehouses: WarehouseRepository,
    @Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository,
    @Inject(STOCK_ITEM_REPOSITORY) private readonly stockItems: StockItemRepository,
  ) {}

  async execute({ fromCode, toCode, lines, actor }: TransferStock): Promise<StockMovement[]> {
    const from = await this.warehouses.getByCode(fromCode);
    const to = await this.warehouses.getByCode(toCode);
    if (from.code === to.code) throw new TransferWithinWarehouse(from.code);
    to.assertAcceptsStock();
    const transfers = await arrivingLines(this.products, lines);
    const units = unitsOf(transfers);
    const keys = [...units.keys()].flatMap((sku): StockKey[] => [
      { sku, warehouseCode: from.code },
      { sku, warehouseCode: to.code },
    ]);
    const items = await this.stockItems.lockOrOpen(keys, (sku) => units.get(sku)!);
    const itemOf = (sku: string, warehouseCode: string) => items.find((item) => item.sku === sku && item.warehouseCode === warehouseCode)!;
    const [transferId, now, ctx] = [newId(), new Date(), { actor, reference: null }];
    for (const { sku, quantity } of transfers) {
      itemOf(sku, from.code).transferOut(quantity, transferId, ctx, now);
      itemOf(sku, to.code).transferIn(quantity, transferId, ctx, now);
    }
    const movements = items.flatMap((item) => item.newMovements);
    for (const item of items) await this.stockItems.save(item);
    return movements;
  }
}
