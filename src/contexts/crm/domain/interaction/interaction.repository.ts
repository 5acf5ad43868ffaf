import { InteractionDirection } from './interaction-direction';
import { InteractionOutcome } from './interaction-outcome';
import { InteractionType } from './interaction-type';
import { Interaction } from './interaction.aggregate';

export const INTERACTION_REPOSITORY = Symbol('InteractionRepository');

export interface InteractionFilter {
  type?: InteractionType;
  direction?: InteractionDirection;
  outcome?: InteractionOutcome;
  customerId?: string;
  companyId?: string;
}

/**
 * Where interactions are kept; deleted ones stay stored but are never answered. `getById` throws
 * InteractionNotFound (also for a deleted one); `save` is optimistic (ConcurrencyConflict).
 *
 * `customerScope` is the rep whose customers the caller may see (undefined: everyone's). An interaction
 * about a customer assigned to anyone else is not answered, as if it did not exist; one about no
 * customer (a company only) is everybody's, like the companies.
 */
export interface InteractionRepository {
  getById(id: string, customerScope?: string): Promise<Interaction>;
  save(interaction: Interaction): Promise<void>;
  /** Newest first. */
  findPage(
    filter: InteractionFilter,
    offset: number,
    limit: number,
    customerScope?: string,
  ): Promise<{ items: Interaction[]; total: number }>;
  /** Interactions whose follow-up is required and due at or before `due` (any date when undefined), soonest first. */
  findFollowUps(
    due: Date | undefined,
    offset: number,
    limit: number,
    customerScope?: string,
  ): Promise<{ items: Interaction[]; total: number }>;
}
