import { Money } from '@promenade/ddd';
import { NewPlan, Plan } from '../../domain/plan/plan.aggregate';

/** A valid monthly plan of 9.90 EUR without trial under `code`, with any field replaced. */
export function aPlan(code = 'basic', overrides: Partial<NewPlan> = {}, now = new Date('2026-01-01T00:00:00Z')): Plan {
  return Plan.create({ code, name: 'Basic', price: Money.of(990, 'EUR'), interval: 'month', ...overrides }, now);
}
