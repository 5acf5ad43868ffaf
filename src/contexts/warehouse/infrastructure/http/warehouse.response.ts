import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { WAREHOUSE_STATUSES, WarehouseStatus } from '../../domain/warehouse/warehouse-status';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';

export class WarehouseAddressResponse {
  @ApiProperty({ example: 'Kyivskyi Shliakh 2' })
  line1!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Gate 3' })
  line2!: string | null;

  @ApiProperty({ example: 'Boryspil' })
  city!: string;

  @ApiProperty({ example: '08300' })
  postalCode!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Kyiv Oblast' })
  region!: string | null;

  @ApiProperty({ example: 'UA', description: 'ISO 3166-1 alpha-2.' })
  country!: string;
}

export class WarehouseResponse {
  @ApiProperty({ example: 'KBP-1', description: 'Upper-case; what stock and movements name the warehouse by.' })
  code!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 'Kyiv Boryspil' })
  name!: string;

  @ApiProperty({ type: WarehouseAddressResponse })
  address!: WarehouseAddressResponse;

  @ApiProperty({ example: 'Europe/Kyiv', description: 'IANA time zone.' })
  timeZone!: string;

  @ApiProperty({
    enum: WAREHOUSE_STATUSES,
    example: 'active',
    description: 'An inactive warehouse takes no receipts and no new reservations.',
  })
  status!: WarehouseStatus;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  static from(warehouse: Warehouse): WarehouseResponse {
    return {
      code: warehouse.code,
      id: warehouse.id,
      name: warehouse.name,
      address: { ...warehouse.address },
      timeZone: warehouse.timeZone,
      status: warehouse.status,
      version: warehouse.version,
      createdAt: warehouse.createdAt.toISOString(),
      updatedAt: warehouse.updatedAt.toISOString(),
    };
  }
}

export const WarehousePage = PageResponse(WarehouseResponse, 'WarehousePage');
