import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProductNotFound } from '../../domain/product/product.errors';
import { PRODUCT_REPOSITORY, ProductRepository } from '../../domain/product/product.repository';
import { Sku } from '../../domain/product/sku';
import { Quantity } from '../../domain/quantity';
import { STOCK_ITEM_REPOSITORY, StockItemRepository } from '../../domain/stock-item/stock-item.repository';
import { StockMovement } from '../../domain/stock-item/stock-movement';
import { WAREHOUSE_REPOSITORY, WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { AdjustStock } from './adjust-stock.command';

/**
 * An adjustment records what is really there, so it is accepted in an inactive warehouse and for a discontinued
 * product alike; only a decrease below what is reserved is refused.
 */
@CommandHandler(AdjustStock)
export class AdjustStockHandler implements ICommandHandler<AdjustStock, StockMovement> {
  constructor(
    @Inject(WAREHOUSE_REPOSITORY) private readonly warehouses: WarehouseRepository,
    @Inject(PRODUCT_REPOSITORY) private readonly products: ProductRepository,
    @Inject(STOCK_ITEM_REPOSITORY) private readonly stockItems: StockItemRepository,
  ) {}

  async execute({ warehouseCode, sku, quantity, reason, note, actor }: AdjustStock): Promise<StockMovement> {
    const warehouse = await this.warehouses.getByCode(warehouseCode);
    // Held for share, as a receipt holds it: an increase is stock arriving, which a delete must see or wait for.
    const [product] = await this.products.lockBySkus([sku], 'share');
    if (!product) throw new ProductNotFound(Sku.normalise(sku));
    const change = Quantity.of(Math.abs(quantity), product.unit);
    const [item] = await this.stockItems.lockOrOpen([{ sku: product.sku, warehouseCode: warehouse.code }], () => product.unit);
    item.adjust(quantity > 0 ? 'increase' : 'decrease', change, reason, { actor, reference: null, note }, new Date());
    const [movement] = item.newMovements;
    await this.stockItems.save(item);
    return movement;
  }
}
