import { Interaction } from './interaction.aggregate';

export const INTERACTION_REPOSITORY = Symbol('InteractionRepository');

/** Where interactions are kept. `getById` throws InteractionNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface InteractionRepository {
  getById(id: string): Promise<Interaction>;
  save(interaction: Interaction): Promise<void>;
}
