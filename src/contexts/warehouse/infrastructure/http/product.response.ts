import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { PRODUCT_STATUSES, ProductStatus } from '../../domain/product/product-status';
import { Product } from '../../domain/product/product.aggregate';
import { UNITS_OF_MEASURE, UnitOfMeasure } from '../../domain/quantity';

export class ProductResponse {
  @ApiProperty({ example: 'KB-001', description: 'Upper-case; what stock, movements and orders name the product by.' })
  sku!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 'Mechanical keyboard' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Tenkeyless, brown switches' })
  description!: string | null;

  @ApiProperty({
    enum: UNITS_OF_MEASURE,
    example: 'each',
    description: 'What its quantities count: `each` in whole units, the others to 3 decimals.',
  })
  unit!: UnitOfMeasure;

  @ApiProperty({ type: String, nullable: true, example: '4006381333931', description: 'A GTIN-8, -12, -13 or -14.' })
  barcode!: string | null;

  @ApiProperty({ enum: PRODUCT_STATUSES, example: 'active', description: 'A discontinued product is neither received nor reserved.' })
  status!: ProductStatus;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  static from(product: Product): ProductResponse {
    return {
      sku: product.sku,
      id: product.id,
      name: product.name,
      description: product.description,
      unit: product.unit,
      barcode: product.barcode,
      status: product.status,
      version: product.version,
      createdAt: product.createdAt.toISOString(),
      updatedAt: product.updatedAt.toISOString(),
    };
  }
}

export const ProductPage = PageResponse(ProductResponse, 'ProductPage');
