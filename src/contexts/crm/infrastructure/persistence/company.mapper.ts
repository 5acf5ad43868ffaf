import { Money } from '@promenade/ddd';
import { AggregateMapper } from '@promenade/persistence';
import { CompanyLegalType } from '../../domain/company/company-legal-type';
import { CompanySize } from '../../domain/company/company-size';
import { Company } from '../../domain/company/company.aggregate';
import { CompanyModel } from './company.model';

export const companyMapper: AggregateMapper<Company, CompanyModel> = {
  toDomain(model) {
    return Company.restore({
      id: model.id,
      version: model.version,
      details: {
        name: model.name,
        legalType: model.legalType as CompanyLegalType,
        size: model.size as CompanySize,
        industry: model.industry,
        taxId: model.taxId,
        employeeCount: model.employeeCount,
        annualRevenue:
          model.annualRevenueAmount !== null && model.annualRevenueCurrency !== null
            ? Money.of(BigInt(model.annualRevenueAmount), model.annualRevenueCurrency)
            : null,
      },
      parentId: model.parentId,
      deletedAt: model.deletedAt,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
    });
  },

  toModel(company) {
    return Object.assign(new CompanyModel(), {
      id: company.id,
      name: company.name,
      legalType: company.legalType,
      size: company.size,
      industry: company.industry,
      taxId: company.taxId,
      employeeCount: company.employeeCount,
      annualRevenueAmount: company.annualRevenue?.minor.toString() ?? null,
      annualRevenueCurrency: company.annualRevenue?.currency.code ?? null,
      parentId: company.parentId,
      deletedAt: company.deletedAt,
      createdAt: company.createdAt,
    });
  },
};
