import { domainError } from '@promenade/ddd';

/** Also the answer for a deleted company: it stays stored for its history, but no operation reaches it. */
export class CompanyNotFound extends domainError('COMPANY_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`company ${id} does not exist`);
  }
}

/** Names are unique among live companies, whatever their case; a deleted company's name is free again. */
export class CompanyNameTaken extends domainError('COMPANY_NAME_TAKEN', 'conflict') {
  constructor(name: string) {
    super(`a company named "${name}" already exists`);
  }
}

/** A field breaks its rule (blank name, unknown legal type or size, negative employee count or revenue…). */
export class CompanyDetailsInvalid extends domainError('COMPANY_DETAILS_INVALID', 'invalid') {}

export class CompanyParentSelf extends domainError('COMPANY_PARENT_SELF', 'invalid') {
  constructor(id: string) {
    super(`company ${id} cannot be its own parent`);
  }
}

/** The parent named does not exist or was deleted: a rule of the request, not the resource addressed (so 422, not 404). */
export class CompanyParentNotFound extends domainError('COMPANY_PARENT_NOT_FOUND', 'invalid') {
  constructor(parentId: string) {
    super(`parent company ${parentId} does not exist`);
  }
}

/** The parent is the company itself further down: hanging it there would close a loop in the hierarchy. */
export class CompanyHierarchyCycle extends domainError('COMPANY_HIERARCHY_CYCLE', 'conflict') {
  constructor(id: string, parentId: string) {
    super(`company ${parentId} is a subsidiary of ${id} (at some depth); making it ${id}'s parent would form a cycle`);
  }
}

export class CompanyHasSubsidiaries extends domainError('COMPANY_HAS_SUBSIDIARIES', 'conflict') {
  constructor(id: string, count: number) {
    super(`company ${id} still has ${count} live subsidiar${count === 1 ? 'y' : 'ies'}; move or delete them first`);
  }
}
