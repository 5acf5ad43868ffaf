import { describeAggregateRepositoryContract, newId, OpenedRepository, stored } from '@promenade/ddd';
import { Shipment, ShipmentState } from '../../domain/shipment/shipment.aggregate';
import { ShipmentNotFound } from '../../domain/shipment/shipment.errors';
import { ShipmentRepository } from '../../domain/shipment/shipment.repository';

/** What every ShipmentRepository does, the in-memory fake and the TypeORM adapter alike. */
export function describeShipmentRepositoryContract(open: () => Promise<OpenedRepository<ShipmentRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Shipment, ShipmentState, ShipmentRepository>({
    open,
    create: () => Shipment.createFor(newId()),
    restore: Shipment.restore,
    load: (shipments, id) => shipments.getById(id),
    change: (shipment) => {
      shipment.release();
      shipment.ship('DHL', 'TRACK-1');
    },
  });

  it('answers ShipmentNotFound for an id it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(ShipmentNotFound);
  });

  it('keeps when a shipment was released', async () => {
    const { repository: shipments } = current();
    const shipment = Shipment.releasedFor(newId(), new Date('2026-01-01T12:00:00.000Z'));
    await shipments.save(shipment);

    expect(await shipments.getById(shipment.id)).toMatchObject({ status: 'pending', releasedAt: new Date('2026-01-01T12:00:00.000Z') });
  });

  it('finds the shipment of an order, and none for an order without one', async () => {
    const { repository: shipments } = current();
    const shipment = Shipment.createFor(newId());
    await shipments.save(shipment);

    const found = await shipments.findByOrderId(shipment.orderId);
    expect(found && stored(found)).toEqual(stored(shipment));
    expect(await shipments.findByOrderId(newId())).toBeNull();
  });

  it('pages the shipments that match the filter, newest first, with the number of matches', async () => {
    const { repository: shipments } = current();
    const [older, newer, shipped] = [Shipment.createFor(newId()), Shipment.createFor(newId()), Shipment.releasedFor(newId())];
    shipped.ship('DHL', 'TRACK-2');
    for (const shipment of [older, newer, shipped]) await shipments.save(shipment);

    const held = await shipments.findPage({ status: 'held' }, 0, 1);

    expect(held.total).toBe(2);
    expect(held.items.map((s) => s.id)).toEqual([newer.id]);
    expect((await shipments.findPage({ status: 'held' }, 1, 10)).items.map((s) => s.id)).toEqual([older.id]);
    expect((await shipments.findPage({ orderId: shipped.orderId }, 0, 10)).items.map((s) => s.id)).toEqual([shipped.id]);
  });
}
