import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { Sku } from '../../domain/product/sku';
import { WarehouseCode } from '../../domain/warehouse/warehouse-code';
import { SKU_FIELD, SKU_MESSAGE } from './stock-line.request';
import { WAREHOUSE_CODE_FIELD, warehouseCodeMessage } from './stock-warehouse-code.field';

/** Filters of the stock and ledger lists: the SKU and warehouse code in any case, handed on normalised. */
export class StockFilterQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'KB-001', description: 'One product, in any case.' })
  @IsOptional()
  @Matches(SKU_FIELD, { message: SKU_MESSAGE })
  @Transform(({ value }) => (typeof value === 'string' ? Sku.normalise(value) : value))
  sku?: string;

  @ApiPropertyOptional({ example: 'KBP-1', description: 'One warehouse, in any case.' })
  @IsOptional()
  @Matches(WAREHOUSE_CODE_FIELD, { message: warehouseCodeMessage('warehouse') })
  @Transform(({ value }) => (typeof value === 'string' ? WarehouseCode.normalise(value) : value))
  warehouse?: string;
}

export class StockListRequest extends StockFilterQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    example: 'true',
    description: 'true: only items whose available quantity is below their reorder point.',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  belowReorderPoint?: 'true' | 'false';
}
