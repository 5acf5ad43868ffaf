import { AggregateMapper } from '@promenade/persistence';
import { Deal } from '../../domain/deal.aggregate';
import { DealModel } from './deal.model';

export const dealMapper: AggregateMapper<Deal, DealModel> = {
  toDomain(model) {
    return Deal.restore({ id: model.id, version: model.version, createdAt: model.createdAt });
  },

  toModel(deal) {
    return Object.assign(new DealModel(), { id: deal.id, createdAt: deal.createdAt });
  },
};
