import { Deal } from './deal.aggregate';
import { DealStage } from './deal-stage';

export const DEAL_REPOSITORY = Symbol('DealRepository');

export interface DealFilter {
  ownerId?: string;
  customerId?: string;
  stage?: DealStage;
}

/**
 * Where deals are kept; a deleted deal is gone for all of these. `getById` throws DealNotFound, also
 * when `ownerId` is given and another rep owns the deal: to a caller limited to their own deals, someone
 * else's does not exist (no existence leak). `save` is optimistic (ConcurrencyConflict).
 */
export interface DealRepository {
  getById(id: string, ownerId?: string): Promise<Deal>;
  save(deal: Deal): Promise<void>;
  /** Newest first. */
  findPage(filter: DealFilter, offset: number, limit: number): Promise<{ items: Deal[]; total: number }>;
}
