import { Type } from '@nestjs/common';
import { Page } from '@promenade/ddd';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as TransformTo } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?page=&limit=`: page from 1, limit 1..100 (default 20). Extend it with a list's own filters. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 1_000_000, default: 1, example: 1 })
  @IsOptional()
  @TransformTo(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, example: 20 })
  @IsOptional()
  @TransformTo(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;
}

/** The Swagger schema of `Page<Item>`, one named class per item type (e.g. `OrderPage`). */
export function PageResponse<Item>(item: Type<Item>, name: string): Type<Page<Item>> {
  class PageOfItems implements Page<Item> {
    @ApiProperty({ type: [item] })
    items!: Item[];

    @ApiProperty({ example: 1 })
    page!: number;

    @ApiProperty({ example: 20 })
    limit!: number;

    @ApiProperty({ example: 42, description: 'Number of matches across all pages.' })
    total!: number;
  }
  Object.defineProperty(PageOfItems, 'name', { value: name });
  return PageOfItems;
}
