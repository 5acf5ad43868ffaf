import { Command } from '@nestjs/cqrs';
import { DealStage } from '../../domain/deal/deal-stage';

export class MoveDealStage extends Command<void> {
  constructor(
    readonly dealId: string,
    readonly stage: DealStage,
    /** Only this rep's deals are reachable; undefined: anybody's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
