import { Command, CommandBus } from '@nestjs/cqrs';
import { UnitOfWork } from './unit-of-work';
import { UnitOfWorkCommandBus } from './unit-of-work-command-bus';

class Double extends Command<number> {
  constructor(readonly value: number) {
    super();
  }
}

describe('UnitOfWorkCommandBus', () => {
  /** A unit of work that only tracks whether one is open, and the library bus noting what it saw. */
  let open: boolean;
  let seenInside: boolean[];
  let bus: UnitOfWorkCommandBus;

  const uow = {
    run: async <T>(work: () => Promise<T>): Promise<T> => {
      open = true;
      try {
        return await work();
      } finally {
        open = false;
      }
    },
  } as UnitOfWork;

  const libraryBus = (handle: (command: Double) => Promise<number>) =>
    ({
      execute: (command: Double) => {
        seenInside.push(open);
        return handle(command);
      },
    }) as unknown as CommandBus;

  beforeEach(() => {
    open = false;
    seenInside = [];
  });

  it("runs the library's handler inside a unit of work and answers with its result", async () => {
    bus = new UnitOfWorkCommandBus(
      libraryBus(async (command) => command.value * 2),
      uow,
    );
    await expect(bus.execute(new Double(21))).resolves.toBe(42);
    expect(seenInside).toEqual([true]);
    expect(open).toBe(false);
  });

  it("rejects with the handler's error, after the unit of work has closed", async () => {
    const refused = new Error('refused');
    bus = new UnitOfWorkCommandBus(
      libraryBus(async () => {
        throw refused;
      }),
      uow,
    );
    await expect(bus.execute(new Double(1))).rejects.toBe(refused);
    expect(seenInside).toEqual([true]);
    expect(open).toBe(false);
  });
});
