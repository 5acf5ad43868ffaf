import { DomainError } from '@promenade/ddd';

export class CompanyNotFound extends DomainError {
  readonly code = 'COMPANY_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`company ${id} does not exist`);
  }
}
