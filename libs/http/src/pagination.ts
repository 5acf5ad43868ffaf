import { Type } from '@nestjs/common';
import { Page } from '@promenade/ddd';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type as TransformTo } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?page=&limit=`: page from 1, limit 1..100 (default 20). Extend it with a list's own filters. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1_000_000, default: 1, example: 1 })
  @IsOptional()
  @TransformTo(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20, example: 20 })
  @IsOptional()
  @TransformTo(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;
}

/**
 * The one rule for collections, stated to clients in every page schema: every list answers this envelope and takes
 * `?page=&limit=`, whether it is read from the database a page at a time or is a short list known in full.
 */
export const PAGE_ENVELOPE_RULE =
  'Every collection answers this envelope: `items` of one page, `page` (from 1), `limit` (1..100, default 20) and `total`, the number of matches across all pages. Ask for more with `?page=` and `?limit=`.';

/** One page of a list already held in full (a catalog, a report), under the same rule as a list read page by page. */
export function pageOf<Item>(all: readonly Item[], { page, limit }: PageQuery): Page<Item> {
  return { items: all.slice((page - 1) * limit, page * limit), page, limit, total: all.length };
}

/** The Swagger schema of `Page<Item>`, one named class per item type (e.g. `OrderPage`). */
export function PageResponse<Item>(item: Type<Item>, name: string): Type<Page<Item>> {
  @ApiSchema({ description: PAGE_ENVELOPE_RULE })
  class PageOfItems implements Page<Item> {
    @ApiProperty({ type: [item] })
    items!: Item[];

    @ApiProperty({ type: 'integer', example: 1 })
    page!: number;

    @ApiProperty({ type: 'integer', example: 20 })
    limit!: number;

    @ApiProperty({ type: 'integer', example: 42, description: 'Number of matches across all pages.' })
    total!: number;
  }
  Object.defineProperty(PageOfItems, 'name', { value: name });
  return PageOfItems;
}
