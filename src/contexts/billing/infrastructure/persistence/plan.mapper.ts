import { AggregateMapper } from '@promenade/persistence';
import { Plan } from '../../domain/plan/plan.aggregate';
import { PlanModel } from './plan.model';

export const planMapper: AggregateMapper<Plan, PlanModel> = {
  toDomain(model) {
    return Plan.restore({ id: model.id, version: model.version, createdAt: model.createdAt, updatedAt: model.updatedAt });
  },

  toModel(plan) {
    return Object.assign(new PlanModel(), { id: plan.id, createdAt: plan.createdAt });
  },
};
