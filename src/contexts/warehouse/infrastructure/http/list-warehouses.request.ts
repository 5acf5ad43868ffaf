import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { WAREHOUSE_STATUSES, WarehouseStatus } from '../../domain/warehouse/warehouse-status';

export class ListWarehousesRequest extends PageQuery {
  @ApiPropertyOptional({ enum: WAREHOUSE_STATUSES, example: 'active' })
  @IsOptional()
  @IsIn(WAREHOUSE_STATUSES)
  status?: WarehouseStatus;

  @ApiPropertyOptional({ example: 'kyiv', description: 'Part of the code or of the name, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}
