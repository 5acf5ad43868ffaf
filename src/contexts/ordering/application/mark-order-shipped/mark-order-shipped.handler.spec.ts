import { OrderNotFound, OrderNotShippable, OrderShipmentInvalid } from '../../domain/order/order.errors';
import { InMemoryOrderRepository } from '../testing/in-memory-order.repository';
import { storedOrderIn } from '../testing/orders-in';
import { MarkOrderShipped } from './mark-order-shipped.command';
import { MarkOrderShippedHandler } from './mark-order-shipped.handler';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

describe('MarkOrderShippedHandler', () => {
  let orders: InMemoryOrderRepository;
  let handler: MarkOrderShippedHandler;

  beforeEach(() => {
    orders = new InMemoryOrderRepository();
    handler = new MarkOrderShippedHandler(orders);
  });

  it('marks a confirmed order shipped with its carrier and tracking number', async () => {
    const id = await storedOrderIn(orders, 'confirmed');

    await handler.execute(new MarkOrderShipped(id, 'UPS', '1Z999AA10123456784'));

    const order = await orders.getById(id);
    expect(order).toMatchObject({ status: 'shipped', version: 2, shipment: { carrier: 'UPS', trackingNumber: '1Z999AA10123456784' } });
    expect(order.shippedAt).toBeInstanceOf(Date);
    expect(order.timeline.at(-1)).toMatchObject({ type: 'shipped', detail: 'UPS, tracking number 1Z999AA10123456784' });
    expect(orders.published).toEqual([]);
  });

  it('refuses a placed order (not yet confirmed) with ORDER_NOT_SHIPPABLE', async () => {
    const id = await storedOrderIn(orders, 'placed');

    await expect(handler.execute(new MarkOrderShipped(id, 'UPS', '1Z999'))).rejects.toBeInstanceOf(OrderNotShippable);

    expect(await orders.getById(id)).toMatchObject({ status: 'placed', shipment: null, version: 1 });
  });

  it('refuses a shipment without a tracking number with ORDER_SHIPMENT_INVALID', async () => {
    const id = await storedOrderIn(orders, 'confirmed');

    await expect(handler.execute(new MarkOrderShipped(id, 'UPS', ''))).rejects.toBeInstanceOf(OrderShipmentInvalid);
  });

  it('refuses an unknown order with ORDER_NOT_FOUND', async () => {
    await expect(handler.execute(new MarkOrderShipped(UNKNOWN, 'UPS', '1Z999'))).rejects.toBeInstanceOf(OrderNotFound);
  });
});
