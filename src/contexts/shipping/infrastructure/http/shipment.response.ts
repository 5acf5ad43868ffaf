import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { SHIPMENT_STATUSES, ShipmentStatus } from '../../domain/shipment/shipment-status';
import { Shipment } from '../../domain/shipment/shipment.aggregate';

const timestamp = { nullable: true, type: String, format: 'date-time', example: null } as const;

export class ShipmentResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163' })
  orderId!: string;

  @ApiProperty({
    enum: SHIPMENT_STATUSES,
    example: 'pending',
    description: 'held (until its order releases it) → pending → shipped → delivered; held or pending → cancelled.',
  })
  status!: ShipmentStatus;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'Set once shipped.' })
  carrier!: string | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'Set once shipped.' })
  trackingNumber!: string | null;

  @ApiProperty({ ...timestamp, description: 'When its order released it to be shipped; null while held.' })
  releasedAt!: string | null;

  @ApiProperty(timestamp)
  shippedAt!: string | null;

  @ApiProperty(timestamp)
  deliveredAt!: string | null;

  @ApiProperty(timestamp)
  cancelledAt!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  @ApiProperty({ type: 'integer', example: 1 })
  version!: number;

  static from(shipment: Shipment): ShipmentResponse {
    return {
      id: shipment.id,
      orderId: shipment.orderId,
      status: shipment.status,
      carrier: shipment.carrier,
      trackingNumber: shipment.trackingNumber,
      releasedAt: shipment.releasedAt?.toISOString() ?? null,
      shippedAt: shipment.shippedAt?.toISOString() ?? null,
      deliveredAt: shipment.deliveredAt?.toISOString() ?? null,
      cancelledAt: shipment.cancelledAt?.toISOString() ?? null,
      createdAt: shipment.createdAt.toISOString(),
      updatedAt: shipment.updatedAt.toISOString(),
      version: shipment.version,
    };
  }
}

export const ShipmentPage = PageResponse(ShipmentResponse, 'ShipmentPage');
