import { AggregateMapper } from '@promenade/persistence';
import { Company } from '../../domain/company.aggregate';
import { CompanyModel } from './company.model';

export const companyMapper: AggregateMapper<Company, CompanyModel> = {
  toDomain(model) {
    return Company.restore({ id: model.id, version: model.version, createdAt: model.createdAt });
  },

  toModel(company) {
    return Object.assign(new CompanyModel(), { id: company.id, createdAt: company.createdAt });
  },
};
