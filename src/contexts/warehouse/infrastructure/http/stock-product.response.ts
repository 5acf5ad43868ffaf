import { ApiProperty } from '@nestjs/swagger';
import { ProductStock } from '../../application/get-product-stock/get-product-stock.query';
import { UNITS_OF_MEASURE, UnitOfMeasure } from '../../domain/quantity';
import { stockTotals } from '../../domain/stock-item/stock-totals';
import { StockItemResponse } from './stock-item.response';

export class StockTotalsResponse {
  @ApiProperty({ example: 52 })
  onHand!: number;

  @ApiProperty({ example: 12 })
  reserved!: number;

  @ApiProperty({ example: 40 })
  available!: number;
}

export class ProductStockResponse {
  @ApiProperty({ example: 'KB-001' })
  sku!: string;

  @ApiProperty({ enum: UNITS_OF_MEASURE, example: 'each' })
  unit!: UnitOfMeasure;

  @ApiProperty({ type: [StockItemResponse], description: 'One per warehouse that has held the product, by warehouse code.' })
  warehouses!: StockItemResponse[];

  @ApiProperty({ type: StockTotalsResponse, description: 'Across every warehouse, active or not.' })
  total!: StockTotalsResponse;

  static from({ sku, unit, items }: ProductStock): ProductStockResponse {
    const total = stockTotals(items);
    return {
      sku,
      unit,
      warehouses: items.map(StockItemResponse.from),
      total: { onHand: total.onHand.toNumber(), reserved: total.reserved.toNumber(), available: total.available.toNumber() },
    };
  }
}
