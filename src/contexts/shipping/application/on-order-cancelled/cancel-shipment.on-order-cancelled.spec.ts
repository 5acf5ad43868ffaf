import { TransactionalCommandBus } from '@promenade/platform';
import { OrderCancelledContract } from '../../../ordering/contracts';
import { CancelShipmentForOrder } from '../cancel-shipment-for-order/cancel-shipment-for-order.command';
import { CancelShipmentOnOrderCancelled } from './cancel-shipment.on-order-cancelled';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';

describe('CancelShipmentOnOrderCancelled', () => {
  let execute: jest.Mock;
  let handler: CancelShipmentOnOrderCancelled;

  beforeEach(() => {
    execute = jest.fn().mockResolvedValue(undefined);
    handler = new CancelShipmentOnOrderCancelled({ execute } as unknown as TransactionalCommandBus);
  });

  it('asks to cancel the shipment of a placed order that was cancelled', async () => {
    await handler.handle(new OrderCancelledContract({ orderId: ORDER, reason: 'customer request', wasPlaced: true }));

    expect(execute).toHaveBeenCalledTimes(1);
    const [command] = execute.mock.calls[0];
    expect(command).toBeInstanceOf(CancelShipmentForOrder);
    expect(command).toEqual(new CancelShipmentForOrder(ORDER));
    expect((command as CancelShipmentForOrder).orderId).toBe(ORDER);
  });

  it('sends nothing when a draft is cancelled, since a draft never had a shipment', async () => {
    await handler.handle(new OrderCancelledContract({ orderId: ORDER, reason: 'abandoned', wasPlaced: false }));

    expect(execute).not.toHaveBeenCalled();
  });

  it('lets a failing command fail the event so it can be retried', async () => {
    const failure = new Error('database unavailable');
    execute.mockRejectedValueOnce(failure);

    await expect(handler.handle(new OrderCancelledContract({ orderId: ORDER, reason: 'customer request', wasPlaced: true }))).rejects.toBe(
      failure,
    );
  });
});
