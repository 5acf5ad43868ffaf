import { Shipment } from './shipment.aggregate';
import { ShipmentStatus } from './shipment-status';

export const SHIPMENT_REPOSITORY = Symbol('ShipmentRepository');

export interface ShipmentFilter {
  orderId?: string;
  status?: ShipmentStatus;
}

/** Where shipments are kept; at most one per order (the store enforces it too). */
export interface ShipmentRepository {
  getById(id: string): Promise<Shipment>;
  findByOrderId(orderId: string): Promise<Shipment | null>;
  save(shipment: Shipment): Promise<void>;
  findPage(filter: ShipmentFilter, offset: number, limit: number): Promise<{ items: Shipment[]; total: number }>;
}
