import { Quantity } from '../../domain/quantity';
import { AdjustmentReason } from '../../domain/stock-item/adjustment-reason';
import { MovementType, StockMovement } from '../../domain/stock-item/stock-movement';
import { StockMovementModel } from './stock-movement.model';

/** Ledger rows to movements and back; a row is only ever inserted, so there is no version to carry. */
export const stockMovementMapper = {
  toDomain(model: StockMovementModel): StockMovement {
    const signed = Number(model.quantity);
    return StockMovement.of({
      id: model.id,
      stockItemId: model.stockItemId,
      sku: model.sku,
      warehouseCode: model.warehouseCode,
      type: model.type as MovementType,
      direction: signed < 0 ? 'out' : 'in',
      quantity: Quantity.fromColumn(Math.abs(signed)),
      resultingOnHand: Quantity.fromColumn(model.resultingOnHand),
      actor: model.actor,
      reason: model.reason as AdjustmentReason | null,
      note: model.note,
      reference: model.reference,
      transferId: model.transferId,
      occurredAt: model.occurredAt,
    });
  },

  toModel(movement: StockMovement): StockMovementModel {
    return Object.assign(new StockMovementModel(), {
      id: movement.id,
      stockItemId: movement.stockItemId,
      sku: movement.sku,
      warehouseCode: movement.warehouseCode,
      type: movement.type,
      quantity: String(movement.signedQuantity),
      resultingOnHand: movement.resultingOnHand.toString(),
      actor: movement.actor,
      reason: movement.reason,
      note: movement.note,
      reference: movement.reference,
      transferId: movement.transferId,
      occurredAt: movement.occurredAt,
    });
  },
};
