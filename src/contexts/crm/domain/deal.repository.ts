import { Deal } from './deal.aggregate';

export const DEAL_REPOSITORY = Symbol('DealRepository');

/** Where deals are kept. `getById` throws DealNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface DealRepository {
  getById(id: string): Promise<Deal>;
  save(deal: Deal): Promise<void>;
}
