import { TransactionalCommandBus } from '@promenade/platform';
import { OrderPlacedContract } from '../../../ordering/contracts';
import { CreateShipment } from '../create-shipment/create-shipment.command';
import { CreateShipmentOnOrderPlaced } from './create-shipment.on-order-placed';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';

const orderPlaced = () =>
  new OrderPlacedContract({
    orderId: ORDER,
    customerId: CUSTOMER,
    currency: 'EUR',
    lines: [{ sku: 'SKU-1', quantity: 2, unitPrice: 1250 }],
    total: 2500,
    paymentMethodId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164',
  });

describe('CreateShipmentOnOrderPlaced', () => {
  let execute: jest.Mock;
  let handler: CreateShipmentOnOrderPlaced;

  beforeEach(() => {
    execute = jest.fn().mockResolvedValue(undefined);
    handler = new CreateShipmentOnOrderPlaced({ execute } as unknown as TransactionalCommandBus);
  });

  it('asks for a shipment of the order that was placed', async () => {
    await handler.handle(orderPlaced());

    expect(execute).toHaveBeenCalledTimes(1);
    const [command] = execute.mock.calls[0];
    expect(command).toBeInstanceOf(CreateShipment);
    expect(command).toEqual(new CreateShipment(ORDER));
    expect((command as CreateShipment).orderId).toBe(ORDER);
  });

  it('asks again when OrderPlacedContract is replayed, leaving duplicates to the command', async () => {
    const event = orderPlaced();

    await handler.handle(event);
    await handler.handle(event);

    expect(execute).toHaveBeenCalledTimes(2);
    expect(execute.mock.calls.map(([command]) => (command as CreateShipment).orderId)).toEqual([ORDER, ORDER]);
  });

  it('lets a failing command fail the event so it can be retried', async () => {
    const failure = new Error('database unavailable');
    execute.mockRejectedValueOnce(failure);

    await expect(handler.handle(orderPlaced())).rejects.toBe(failure);
  });
});
