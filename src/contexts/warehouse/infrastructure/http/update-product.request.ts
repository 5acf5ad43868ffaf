import { ApiPropertyOptional } from '@nestjs/swagger';
import { PatchNullable, PatchRequired } from '@promenade/http';
import { IsString } from 'class-validator';

/**
 * A change of some fields (PATCH): a field left out stays as it is; an optional one sent as null is cleared;
 * the name sent as null is refused (400). The SKU and the unit never change; the status changes with POST …/discontinue.
 */
export class UpdateProductRequest {
  @ApiPropertyOptional({ example: 'Mechanical keyboard, TKL', maxLength: 200 })
  @PatchRequired()
  @IsString()
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: 'Tenkeyless, red switches' })
  @PatchNullable()
  @IsString()
  description?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '036000291452',
    description: 'A GTIN-8, -12, -13 or -14; null removes it.',
  })
  @PatchNullable()
  @IsString()
  barcode?: string | null;
}
