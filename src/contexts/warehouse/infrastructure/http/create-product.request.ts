import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { UNITS_OF_MEASURE, UnitOfMeasure } from '../../domain/quantity';

/** Types and the unit are checked here (400); the SKU's and barcode's form and the lengths are the domain's rules (422), the SKU's uniqueness 409. */
export class CreateProductRequest {
  @ApiProperty({
    example: 'kb-001',
    pattern: '^[A-Za-z0-9._-]{1,64}$',
    description: 'Trimmed and upper-cased (`kb-001` is `KB-001`); unique, and never reused, even after the product is deleted.',
  })
  @IsString()
  sku!: string;

  @ApiProperty({ example: 'Mechanical keyboard', maxLength: 200 })
  @IsString()
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: 'Tenkeyless, brown switches' })
  @IsOptional()
  @IsString()
  description?: string | null;

  @ApiProperty({
    enum: UNITS_OF_MEASURE,
    example: 'each',
    description: 'Fixed once created: stock is counted in it. `each` counts whole units.',
  })
  @IsIn(UNITS_OF_MEASURE)
  unit!: UnitOfMeasure;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '4006381333931',
    description: 'A GTIN-8, -12 (UPC-A), -13 (EAN-13) or -14 whose check digit is right.',
  })
  @IsOptional()
  @IsString()
  barcode?: string | null;
}
