import { Plan } from './plan.aggregate';

export const PLAN_REPOSITORY = Symbol('PlanRepository');

export interface PlanFilter {
  active?: boolean;
}

/** Where plans are kept. `save` is optimistic (ConcurrencyConflict) and answers PLAN_CODE_TAKEN for a code in use (the unique index). */
export interface PlanRepository {
  /** Throws PlanNotFound. */
  getById(id: string): Promise<Plan>;
  /** Throws PlanNotFound. */
  getByCode(code: string): Promise<Plan>;
  /** Ordered by code. */
  findPage(filter: PlanFilter, offset: number, limit: number): Promise<{ items: Plan[]; total: number }>;
  save(plan: Plan): Promise<void>;
}
