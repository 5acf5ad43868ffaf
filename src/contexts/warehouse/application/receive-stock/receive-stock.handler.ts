import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { STOCK_ITEM_REPOSITORY, StockItemRepository } from '../../domain/stock-item/stock-item.repository';
import { StockMovement } from '../../domain/stock-item/stock-movement';
import { WAREHOUSE_REPOSITORY, WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { arrivingLines, unitsOf } from './arriving-lines';
import { ReceiveStock } from './receive-stock.command';

@CommandHandler(ReceiveStock)
export class ReceiveStockHandler implements ICommandHandler<ReceiveStock, StockMovement[]> {
  constructor(
    @Inject(WAREHOUSE_REPOSITORY) private readonly warehouses: WarehouseRepository,
    @Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository,
    @Inject(STOCK_ITEM_REPOSITORY) private readonly stockItems: StockItemRepository,
  ) {}

  async execute({ warehouseCode, lines, reference, actor }: ReceiveStock): Promise<StockMovement[]> {
    const warehouse = await this.warehouses.getByCode(warehouseCode);
    warehouse.assertAcceptsStock();
    const receipts = await arrivingLines(this.products, lines);
    const units = unitsOf(receipts);
    const items = await this.stockItems.lockOrOpen(
      [...units.keys()].map((sku) => ({ sku, warehouseCode: warehouse.code })),
      (sku) => units.get(sku)!,
    );
    const now = new Date();
    for (const { sku, quantity } of receipts) items.find((item) => item.sku === sku)!.receive(quantity, { actor, reference }, now);
    const movements = items.flatMap((item) => item.newMovements);
    for (const item of items) await this.stockItems.save(item);
    return movements;
  }
}
