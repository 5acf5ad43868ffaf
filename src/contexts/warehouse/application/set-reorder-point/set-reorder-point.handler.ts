import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { Quantity } from '../../domain/quantity';
import { StockItem } from '../../domain/stock-item/stock-item.aggregate';
import { STOCK_ITEM_REPOSITORY, StockItemRepository } from '../../domain/stock-item/stock-item.repository';
import { WAREHOUSE_REPOSITORY, WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { SetReorderPoint } from './set-reorder-point.command';

/** A product not stocked in the warehouse yet gets its (empty) stock item, so the point is there when stock arrives. */
@CommandHandler(SetReorderPoint)
export class SetReorderPointHandler implements ICommandHandler<SetReorderPoint, StockItem> {
  constructor(
    @Inject(WAREHOUSE_REPOSITORY) private readonly warehouses: WarehouseRepository,
    @Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository,
    @Inject(STOCK_ITEM_REPOSITORY) private readonly stockItems: StockItemRepository,
  ) {}

  async execute({ warehouseCode, sku, reorderPoint }: SetReorderPoint): Promise<StockItem> {
    const warehouse = await this.warehouses.getByCode(warehouseCode);
    const product = await this.products.getBySku(sku);
    const point = reorderPoint === null ? null : Quantity.of(reorderPoint, product.unit);
    const [item] = await this.stockItems.lockOrOpen([{ sku: product.sku, warehouseCode: warehouse.code }], () => product.unit);
    item.setReorderPoint(point);
    await this.stockItems.save(item);
    return item;
  }
}
