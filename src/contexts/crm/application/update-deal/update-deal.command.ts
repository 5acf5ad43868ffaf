import { Command } from '@nestjs/cqrs';
import { AcquisitionSource } from '../../domain/customer/acquisition-source';

/** What a PATCH may change; an absent field stays as it is. */
export interface DealChangesInput {
  name?: string;
  /** Hands the deal to another sales rep. */
  ownerId?: string;
  value?: { amount: number; currency: string };
  /** Percent, 0–100: overrides the stage default until the next stage move. */
  probability?: number;
  /** `YYYY-MM-DD`; a changed date must not be in the past. */
  expectedCloseDate?: string;
  source?: AcquisitionSource;
}

export class UpdateDeal extends Command<void> {
  constructor(
    readonly dealId: string,
    readonly changes: DealChangesInput,
    /** Only this rep's deals are reachable; undefined: anybody's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
