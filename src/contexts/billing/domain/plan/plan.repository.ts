import { Plan } from './plan.aggregate';

export const PLAN_REPOSITORY = Symbol('PlanRepository');

/** Where plans are kept. `getById` throws PlanNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface PlanRepository {
  getById(id: string): Promise<Plan>;
  save(plan: Plan): Promise<void>;
}
