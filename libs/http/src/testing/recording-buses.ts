import { CommandBus, QueryBus } from '@nestjs/cqrs';

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
    commands: (answer: (message: unknown) => unknown) => bus(answer) as unknown as CommandBus,
    queries: (answer: (message: unknown) => unknown) => bus(answer) as unknown as QueryBus,
  };
}
