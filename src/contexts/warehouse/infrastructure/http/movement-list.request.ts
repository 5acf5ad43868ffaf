import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { MOVEMENT_TYPES, MovementType } from '../../domain/stock-item/stock-movement';
import { StockFilterQuery } from './stock-list.request';

export class MovementListRequest extends StockFilterQuery {
  @ApiPropertyOptional({ enum: MOVEMENT_TYPES, example: 'adjustment' })
  @IsOptional()
  @IsIn(MOVEMENT_TYPES)
  type?: MovementType;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-01-01T00:00:00Z', description: 'Movements at or after this time.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-02-01T00:00:00Z', description: 'Movements before this time.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;
}
