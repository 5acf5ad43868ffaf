import { Logger } from '@nestjs/common';
import { Command } from '@nestjs/cqrs';
import { ConcurrencyConflict, DomainError } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { isTooEarly } from '../../domain/order/order.errors';

/**
 * Runs the command a message another context sent asks for. A business refusal means the request no longer
 * applies (the order moved on: confirm a cancelled order, cancel a shipped one, a repeat): it is logged at warn and
 * the message is done, since a retry would get the same answer and a thrown error ends in a dead letter. The
 * aggregate refuses before anything is written, so nothing is left half done. A lost race (ConcurrencyConflict),
 * a step the order has not reached yet (the message it follows is still on its way: `isTooEarly`) and technical
 * faults are thrown: the transport delivers the message again, with backoff.
 */
export async function executeUnlessRefused(
  commands: TransactionalCommandBus,
  command: Command<void>,
  logger: Logger,
  request: string,
): Promise<void> {
  try {
    await commands.execute(command);
  } catch (error) {
    if (!(error instanceof DomainError) || error instanceof ConcurrencyConflict || isTooEarly(error)) throw error;
    logger.warn(`${request} no longer applies, left aside: ${error.code}: ${error.message}`);
  }
}
