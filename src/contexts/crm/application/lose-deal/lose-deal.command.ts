import { Command } from '@nestjs/cqrs';

export class LoseDeal extends Command<void> {
  constructor(
    readonly dealId: string,
    readonly reason: string,
    /** Only this rep's deals are reachable; undefined: anybody's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
