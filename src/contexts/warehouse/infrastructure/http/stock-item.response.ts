import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { UNITS_OF_MEASURE, UnitOfMeasure } from '../../domain/quantity';
import { StockItem } from '../../domain/stock-item/stock-item.aggregate';

export class StockItemResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405180' })
  id!: string;

  @ApiProperty({ example: 'KB-001' })
  sku!: string;

  @ApiProperty({ example: 'KBP-1' })
  warehouseCode!: string;

  @ApiProperty({ enum: UNITS_OF_MEASURE, example: 'each', description: 'The product unit every quantity here is in.' })
  unit!: UnitOfMeasure;

  @ApiProperty({ example: 40, description: 'In the warehouse: the sum of the movements of this item.' })
  onHand!: number;

  @ApiProperty({ example: 12, description: 'Of onHand, held for reservations.' })
  reserved!: number;

  @ApiProperty({ example: 28, description: 'onHand − reserved: what can be reserved, transferred or adjusted away. Never below 0.' })
  available!: number;

  @ApiProperty({ type: Number, nullable: true, example: 30, description: 'Below it the item is low; null: none.' })
  reorderPoint!: number | null;

  @ApiProperty({ example: true, description: 'available < reorderPoint.' })
  belowReorderPoint!: boolean;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  @ApiProperty({ type: 'integer', example: 7 })
  version!: number;

  static from(item: StockItem): StockItemResponse {
    return {
      id: item.id,
      sku: item.sku,
      warehouseCode: item.warehouseCode,
      unit: item.unit,
      onHand: item.onHand.toNumber(),
      reserved: item.reserved.toNumber(),
      available: item.available.toNumber(),
      reorderPoint: item.reorderPoint?.toNumber() ?? null,
      belowReorderPoint: item.isBelowReorderPoint,
      createdAt: item.createdAt.toISOString(),
      updatedAt: item.updatedAt.toISOString(),
      version: item.version,
    };
  }
}

export const StockItemPage = PageResponse(StockItemResponse, 'StockItemPage');
