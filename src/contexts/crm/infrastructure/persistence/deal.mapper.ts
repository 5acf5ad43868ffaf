import { Money } from '@promenade/ddd';
import { AggregateMapper } from '@promenade/persistence';
import { AcquisitionSource } from '../../domain/customer/acquisition-source';
import { DealStage } from '../../domain/deal/deal-stage';
import { Deal } from '../../domain/deal/deal.aggregate';
import { DealModel } from './deal.model';

export const dealMapper: AggregateMapper<Deal, DealModel> = {
  toDomain(model) {
    return Deal.restore({
      id: model.id,
      version: model.version,
      name: model.name,
      customerId: model.customerId,
      ownerId: model.ownerId,
      value: Money.of(BigInt(model.valueAmount), model.valueCurrency),
      stage: model.stage as DealStage,
      probability: model.probability,
      expectedCloseDate: model.expectedCloseDate,
      source: model.source as AcquisitionSource,
      lostReason: model.lostReason,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
      closedAt: model.closedAt,
      deletedAt: model.deletedAt,
    });
  },

  toModel(deal) {
    return Object.assign(new DealModel(), {
      id: deal.id,
      name: deal.name,
      customerId: deal.customerId,
      ownerId: deal.ownerId,
      valueAmount: deal.value.minor.toString(),
      valueCurrency: deal.value.currency.code,
      stage: deal.stage,
      probability: deal.probability,
      expectedCloseDate: deal.expectedCloseDate,
      source: deal.source,
      lostReason: deal.lostReason,
      // Kept from the domain so the time to close is measured from when the deal was opened.
      createdAt: deal.createdAt,
      closedAt: deal.closedAt,
      deletedAt: deal.deletedAt,
    });
  },
};
