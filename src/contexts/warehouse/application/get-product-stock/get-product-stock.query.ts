import { Query } from '@nestjs/cqrs';
import { UnitOfMeasure } from '../../domain/quantity';
import { StockItem } from '../../domain/stock-item/stock-item.aggregate';

/** A product's stock in every warehouse that holds an item of it (`stockTotals` sums them). */
export interface ProductStock {
  sku: string;
  unit: UnitOfMeasure;
  /** By warehouse code. */
  items: StockItem[];
}

/** The SKU in any case; PRODUCT_NOT_FOUND for an unknown or deleted product. */
export class GetProductStock extends Query<ProductStock> {
  constructor(readonly sku: string) {
    super();
  }
}
