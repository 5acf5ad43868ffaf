import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { ADJUSTMENT_REASONS, AdjustmentReason } from '../../domain/stock-item/adjustment-reason';
import { MOVEMENT_TYPES, MovementType, StockMovement } from '../../domain/stock-item/stock-movement';

export class MovementResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405190' })
  id!: string;

  @ApiProperty({ example: 'KB-001' })
  sku!: string;

  @ApiProperty({ example: 'KBP-1' })
  warehouseCode!: string;

  @ApiProperty({ enum: MOVEMENT_TYPES, example: 'adjustment' })
  type!: MovementType;

  @ApiProperty({ example: -2, description: 'Signed, in the product unit: + into the warehouse, − out of it.' })
  quantity!: number;

  @ApiProperty({ example: 38, description: "The item's onHand right after this movement." })
  resultingOnHand!: number;

  @ApiProperty({ example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', description: 'The user, or a system name such as `warehouse.expiry`.' })
  actor!: string;

  @ApiProperty({ enum: ADJUSTMENT_REASONS, nullable: true, example: 'damage', description: 'Adjustments only.' })
  reason!: AdjustmentReason | null;

  @ApiProperty({ type: String, nullable: true, example: 'Two boxes crushed by the forklift' })
  note!: string | null;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'A purchase order on a receipt, the order on an issue.' })
  reference!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null, description: 'Links the two movements of a transfer.' })
  transferId!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z' })
  occurredAt!: string;

  static from(movement: StockMovement): MovementResponse {
    return {
      id: movement.id,
      sku: movement.sku,
      warehouseCode: movement.warehouseCode,
      type: movement.type,
      quantity: movement.signedQuantity,
      resultingOnHand: movement.resultingOnHand.toNumber(),
      actor: movement.actor,
      reason: movement.reason,
      note: movement.note,
      reference: movement.reference,
      transferId: movement.transferId,
      occurredAt: movement.occurredAt.toISOString(),
    };
  }
}

export const MovementPage = PageResponse(MovementResponse, 'MovementPage');

/** What a receipt or a transfer recorded: its movements, in the order of the items they changed. */
export class MovementsResponse {
  @ApiProperty({ type: [MovementResponse] })
  movements!: MovementResponse[];
}
