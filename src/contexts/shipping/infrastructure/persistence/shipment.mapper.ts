import { AggregateMapper } from '@promenade/persistence';
import { ShipmentStatus } from '../../domain/shipment/shipment-status';
import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { ShipmentModel } from './shipment.model';

export const shipmentMapper: AggregateMapper<Shipment, ShipmentModel> = {
  toDomain(model) {
    return Shipment.restore({
      id: model.id,
      version: model.version,
      orderId: model.orderId,
      status: model.status as ShipmentStatus,
      carrier: model.carrier,
      trackingNumber: model.trackingNumber,
      releasedAt: model.releasedAt,
      shippedAt: model.shippedAt,
      deliveredAt: model.deliveredAt,
      cancelledAt: model.cancelledAt,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
    });
  },

  toModel(shipment) {
    return Object.assign(new ShipmentModel(), {
      id: shipment.id,
      orderId: shipment.orderId,
      status: shipment.status,
      carrier: shipment.carrier,
      trackingNumber: shipment.trackingNumber,
      releasedAt: shipment.releasedAt,
      shippedAt: shipment.shippedAt,
      deliveredAt: shipment.deliveredAt,
      cancelledAt: shipment.cancelledAt,
      createdAt: shipment.createdAt,
    });
  },
};
