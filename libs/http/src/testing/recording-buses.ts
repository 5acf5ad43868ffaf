import { QueryBus } from '@nestjs/cqrs';
import { TransactionalCommandBus } from '@promenade/platform';

/**
 * A command or query bus for controller unit tests: records every message it is given (in `sent`,
 * shared by the buses made from it) and answers with `answer(message)`.
 */
export function recordingBuses(sent: unknown[]) {
  const bus = (answer: (message: unknown) => unknown) => ({
    execute: async (message: unknown) => {
      sent.push(message);
      return answer(message);
    },
  });
  return {
    commands: (answer: (message: unknown) => unknown) => bus(answer) as unknown as TransactionalCommandBus,
    queries: (answer: (message: unknown) => unknown) => bus(answer) as unknown as QueryBus,
  };
}
