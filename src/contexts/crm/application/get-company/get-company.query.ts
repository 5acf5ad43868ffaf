import { Query } from '@nestjs/cqrs';
import { Company } from '../../domain/company/company.aggregate';

export class GetCompany extends Query<Company> {
  constructor(readonly companyId: string) {
    super();
  }
}
