import { Logger } from '@nestjs/common';
import { Command } from '@nestjs/cqrs';
import { ConcurrencyConflict } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { OrderNotCancellable, OrderNotDeliverable, OrderNotShippable } from '../../domain/order/order.errors';
import { executeUnlessRefused } from './execute-unless-refused';

class Anything extends Command<void> {}

describe('executeUnlessRefused', () => {
  let logger: Logger;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    logger = new Logger('spec');
    warn = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
  });

  const failingWith = (error: unknown): TransactionalCommandBus => ({ execute: jest.fn().mockRejectedValue(error) });

  it('runs the command', async () => {
    const execute = jest.fn().mockResolvedValue(undefined);

    await executeUnlessRefused({ execute }, new Anything(), logger, 'doing it');

    expect(execute).toHaveBeenCalledWith(new Anything());
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves a business refusal aside with a warning naming the request and the code, and resolves', async () => {
    const refusal = new OrderNotCancellable('o-1', 'shipped');

    await expect(executeUnlessRefused(failingWith(refusal), new Anything(), logger, 'cancelling order o-1')).resolves.toBeUndefined();

    expect(warn).toHaveBeenCalledWith(`cancelling order o-1 no longer applies, left aside: ORDER_NOT_CANCELLABLE: ${refusal.message}`);
  });

  it('throws a step the order has not reached yet, so the message is tried again once the one it follows lands', async () => {
    const early = new OrderNotDeliverable('o-1', 'confirmed', true);

    await expect(executeUnlessRefused(failingWith(early), new Anything(), logger, 'marking order o-1 delivered')).rejects.toBe(early);
    expect(warn).not.toHaveBeenCalled();
    const final = new OrderNotShippable('o-1', 'cancelled');
    await expect(executeUnlessRefused(failingWith(final), new Anything(), logger, 'marking order o-1 shipped')).resolves.toBeUndefined();
  });

  it('throws a lost race, so the transport delivers the message again', async () => {
    const conflict = new ConcurrencyConflict('Order', 'o-1', 3);

    await expect(executeUnlessRefused(failingWith(conflict), new Anything(), logger, 'confirming')).rejects.toBe(conflict);
    expect(warn).not.toHaveBeenCalled();
  });

  it('throws a technical fault, so the transport retries it', async () => {
    const fault = new Error('connection terminated');

    await expect(executeUnlessRefused(failingWith(fault), new Anything(), logger, 'confirming')).rejects.toBe(fault);
  });
});
