import { Shipment } from '../../domain/shipment/shipment.aggregate';
import { InMemoryShipmentRepository } from '../testing/in-memory-shipment.repository';
import { ListShipments } from './list-shipments.query';
import { ListShipmentsHandler } from './list-shipments.handler';

const orderId = (n: number) => `0190a5b0-7c4e-7d2a-9b3c-1d2e3f40516${n}`;

describe('ListShipmentsHandler', () => {
  let shipments: InMemoryShipmentRepository;
  let handler: ListShipmentsHandler;

  beforeEach(() => {
    shipments = new InMemoryShipmentRepository();
    handler = new ListShipmentsHandler(shipments);
  });

  async function stored(order: string, status: 'held' | 'shipped' = 'held'): Promise<string> {
    const shipment = Shipment.createFor(order);
    if (status === 'shipped') {
      shipment.release();
      shipment.ship('DHL', `JD-${order}`);
    }
    await shipments.save(shipment);
    return shipment.id;
  }

  it('answers the requested page with the page, limit and total count', async () => {
    for (let n = 0; n < 5; n++) await stored(orderId(n));
    const all = (await shipments.findPage({}, 0, 5)).items.map((s) => s.id);

    const page = await handler.execute(new ListShipments({}, 2, 2));

    expect(page).toMatchObject({ page: 2, limit: 2, total: 5 });
    expect(page.items.map((s) => s.id)).toEqual(all.slice(2, 4));
  });

  it('turns the page number into an offset for the repository', async () => {
    const findPage = jest.spyOn(shipments, 'findPage');
    const filter = { status: 'shipped' as const };

    await handler.execute(new ListShipments(filter, 4, 25));

    expect(findPage).toHaveBeenCalledWith(filter, 75, 25);
  });

  it('lists only the shipments in the status asked for', async () => {
    const shipped = await stored(orderId(1), 'shipped');
    await stored(orderId(2), 'held');

    const page = await handler.execute(new ListShipments({ status: 'shipped' }, 1, 10));

    expect(page.total).toBe(1);
    expect(page.items.map((s) => s.id)).toEqual([shipped]);
  });

  it('finds the shipment of one order', async () => {
    await stored(orderId(1));
    const wanted = await stored(orderId(2));

    const page = await handler.execute(new ListShipments({ orderId: orderId(2) }, 1, 10));

    expect(page.items.map((s) => [s.id, s.orderId])).toEqual([[wanted, orderId(2)]]);
    expect(page.total).toBe(1);
  });

  it('answers an empty page when nothing matches', async () => {
    await stored(orderId(1));

    const page = await handler.execute(new ListShipments({ status: 'delivered' }, 1, 10));

    expect(page).toEqual({ items: [], page: 1, limit: 10, total: 0 });
  });
});
