import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PRODUCT_STATUSES, ProductStatus } from '../../domain/product/product-status';

export class ListProductsRequest extends PageQuery {
  @ApiPropertyOptional({ enum: PRODUCT_STATUSES, example: 'active' })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status?: ProductStatus;

  @ApiPropertyOptional({ example: 'keyboard', description: 'Part of the SKU or of the name, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}
