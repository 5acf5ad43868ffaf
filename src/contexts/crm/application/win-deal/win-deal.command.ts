import { Command } from '@nestjs/cqrs';

export class WinDeal extends Command<void> {
  constructor(
    readonly dealId: string,
    /** Only this rep's deals are reachable; undefined: anybody's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
