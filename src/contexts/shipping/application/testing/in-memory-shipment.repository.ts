import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Shipment, ShipmentState } from '../../domain/shipment/shipment.aggregate';
import { ShipmentNotFound } from '../../domain/shipment/shipment.errors';
import { ShipmentFilter, ShipmentRepository } from '../../domain/shipment/shipment.repository';

/** A unit-test stand-in for the shipment store. */
export class InMemoryShipmentRepository extends InMemoryAggregateRepository<Shipment, ShipmentState> implements ShipmentRepository {
  constructor() {
    super(Shipment.restore);
  }

  async getById(id: string): Promise<Shipment> {
    const stored = this.stored(id);
    if (!stored) throw new ShipmentNotFound(id);
    return stored;
  }

  async findByOrderId(orderId: string): Promise<Shipment | null> {
    return this.all().find((s) => s.orderId === orderId) ?? null;
  }

  async findPage(filter: ShipmentFilter, offset: number, limit: number): Promise<{ items: Shipment[]; total: number }> {
    const matches = this.all().filter((s) => (filter.orderId ?? s.orderId) === s.orderId && (filter.status ?? s.status) === s.status);
    return this.pageOf(matches, offset, limit);
  }
}
