import { Money } from '@promenade/ddd';
import { AggregateMapper } from '@promenade/persistence';
import { BillingInterval } from '../../domain/plan/billing-interval';
import { Plan } from '../../domain/plan/plan.aggregate';
import { PlanModel } from './plan.model';

export const planMapper: AggregateMapper<Plan, PlanModel> = {
  toDomain(model) {
    return Plan.restore({
      id: model.id,
      version: model.version,
      code: model.code,
      name: model.name,
      price: Money.of(BigInt(model.priceAmount), model.priceCurrency),
      interval: model.interval as BillingInterval,
      trialDays: model.trialDays,
      active: model.active,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
    });
  },

  toModel(plan) {
    return Object.assign(new PlanModel(), {
      id: plan.id,
      code: plan.code,
      name: plan.name,
      priceAmount: plan.price.minor.toString(),
      priceCurrency: plan.price.currency.code,
      interval: plan.interval,
      trialDays: plan.trialDays,
      active: plan.active,
      createdAt: plan.createdAt,
    });
  },
};
