import { DomainEvent } from '@promenade/ddd';
import { Shipment } from '../../domain/shipment.aggregate';
import { ShipmentNotFound } from '../../domain/shipment.errors';
import { ShipmentFilter, ShipmentRepository } from '../../domain/shipment.repository';

/** A unit-test stand-in for the shipment store: keeps a copy of each saved shipment and collects the events it would publish. */
export class InMemoryShipmentRepository implements ShipmentRepository {
  readonly published: DomainEvent[] = [];
  private readonly shipments = new Map<string, Shipment>();

  async getById(id: string): Promise<Shipment> {
    const stored = this.shipments.get(id);
    if (!stored) throw new ShipmentNotFound(id);
    return copyOf(stored);
  }

  async findByOrderId(orderId: string): Promise<Shipment | null> {
    const stored = [...this.shipments.values()].find((s) => s.orderId === orderId);
    return stored ? copyOf(stored) : null;
  }

  async save(shipment: Shipment): Promise<void> {
    const nextVersion = shipment.version + 1;
    this.published.push(...shipment.pullEvents());
    shipment.markPersisted(nextVersion);
    this.shipments.set(shipment.id, copyOf(shipment));
  }

  async findPage(filter: ShipmentFilter, offset: number, limit: number): Promise<{ items: Shipment[]; total: number }> {
    const matches = [...this.shipments.values()]
      .filter((s) => (filter.orderId ?? s.orderId) === s.orderId && (filter.status ?? s.status) === s.status)
      .sort((a, b) => b.id.localeCompare(a.id));
    return { items: matches.slice(offset, offset + limit).map(copyOf), total: matches.length };
  }
}

function copyOf(shipment: Shipment): Shipment {
  return Shipment.restore({
    id: shipment.id,
    version: shipment.version,
    orderId: shipment.orderId,
    status: shipment.status,
    carrier: shipment.carrier,
    trackingNumber: shipment.trackingNumber,
    shippedAt: shipment.shippedAt,
    deliveredAt: shipment.deliveredAt,
    cancelledAt: shipment.cancelledAt,
  });
}
