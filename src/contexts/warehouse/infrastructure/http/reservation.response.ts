import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { SHORTAGE_REASONS, ShortageReason } from '../../domain/reservation/reservation-shortage';
import { RESERVATION_STATUSES, ReservationStatus } from '../../domain/reservation/reservation-status';
import { Reservation } from '../../domain/reservation/reservation.aggregate';

export class ReservationLineResponse {
  @ApiProperty({ example: 'MUG-350' })
  sku!: string;

  @ApiProperty({ example: 3, description: "In the product's unit of measure." })
  quantity!: number;
}

export class AllocationResponse {
  @ApiProperty({ example: 'MUG-350' })
  sku!: string;

  @ApiProperty({ example: 'KBP-1' })
  warehouseCode!: string;

  @ApiProperty({ example: 3 })
  quantity!: number;
}

export class ShortageResponse {
  @ApiProperty({ example: 'MUG-350' })
  sku!: string;

  @ApiProperty({ example: 3 })
  requested!: number;

  @ApiProperty({ example: 1, description: 'What all active warehouses had available of it, together; 0 unless insufficient.' })
  available!: number;

  @ApiProperty({
    enum: SHORTAGE_REASONS,
    example: 'insufficient',
    description: 'insufficient: too little available; unknown: no such product; discontinued: no longer reserved.',
  })
  reason!: ShortageReason;
}

export class ReservationResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163' })
  orderId!: string;

  @ApiProperty({
    enum: RESERVATION_STATUSES,
    example: 'held',
    description:
      'held → committed (issued) | released | expired; failed: some line could not be held, so none is (a repeated reserve tries again).',
  })
  status!: ReservationStatus;

  @ApiProperty({ type: [ReservationLineResponse] })
  lines!: ReservationLineResponse[];

  @ApiProperty({
    type: [AllocationResponse],
    description: 'Where each line is held: one warehouse when one can serve them all, else split over the fewest. Empty when failed.',
  })
  allocations!: AllocationResponse[];

  @ApiProperty({ type: [ShortageResponse], example: [], description: 'The lines that could not be held, and why, when failed.' })
  shortages!: ShortageResponse[];

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    example: '2026-01-01T10:00:00.000Z',
    description: 'When a held reservation lets its stock go unless issued, released or confirmed first; null when failed or confirmed.',
  })
  expiresAt!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    example: null,
    description: 'When it was confirmed for its order: held until issued or released, without expiry.',
  })
  confirmedAt!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T09:30:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  static from(reservation: Reservation): ReservationResponse {
    return {
      id: reservation.id,
      orderId: reservation.orderId,
      status: reservation.status,
      lines: reservation.lines.map(({ sku, quantity }) => ({ sku, quantity: quantity.toNumber() })),
      allocations: reservation.allocations.map(({ sku, warehouseCode, quantity }) => ({
        sku,
        warehouseCode,
        quantity: quantity.toNumber(),
      })),
      shortages: reservation.shortages.map(({ sku, requested, available, reason }) => ({
        sku,
        requested: requested.toNumber(),
        available: available.toNumber(),
        reason,
      })),
      expiresAt: reservation.expiresAt?.toISOString() ?? null,
      confirmedAt: reservation.confirmedAt?.toISOString() ?? null,
      createdAt: reservation.createdAt.toISOString(),
      updatedAt: reservation.updatedAt.toISOString(),
      version: reservation.version,
    };
  }
}

export const ReservationPage = PageResponse(ReservationResponse, 'ReservationPage');
