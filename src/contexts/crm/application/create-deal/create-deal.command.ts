import { Command } from '@nestjs/cqrs';
import { AcquisitionSource } from '../../domain/customer/acquisition-source';

export interface NewDealInput {
  name: string;
  customerId: string;
  ownerId: string;
  /** `amount` in minor units of `currency`. */
  value: { amount: number; currency: string };
  /** `YYYY-MM-DD`, today or later (UTC). */
  expectedCloseDate: string;
  source: AcquisitionSource;
  /** Percent, 0–100; the lead stage's default (10) when absent. */
  probability?: number;
}

/** Opens a deal in the lead stage; answers the new deal's id. */
export class CreateDeal extends Command<string> {
  constructor(
    readonly deal: NewDealInput,
    /** Whose customers the caller sees (`customers:read` scope): naming anyone else's is naming an unknown customer; undefined: everyone's. */
    readonly customerScope?: string,
  ) {
    super();
  }
}
