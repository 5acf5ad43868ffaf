import { DomainError } from '@promenade/ddd';

/** Also the answer for a deleted company: it stays stored for its history, but no operation reaches it. */
export class CompanyNotFound extends DomainError {
  readonly code = 'COMPANY_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`company ${id} does not exist`);
  }
}

/** Names are unique among live companies, whatever their case; a deleted company's name is free again. */
export class CompanyNameTaken extends DomainError {
  readonly code = 'COMPANY_NAME_TAKEN';
  readonly kind = 'conflict';
  constructor(name: string) {
    super(`a company named "${name}" already exists`);
  }
}

/** A field breaks its rule (blank name, unknown legal type or size, negative employee count or revenue…). */
export class CompanyDetailsInvalid extends DomainError {
  readonly code = 'COMPANY_DETAILS_INVALID';
  readonly kind = 'invalid';
}

export class CompanyParentSelf extends DomainError {
  readonly code = 'COMPANY_PARENT_SELF';
  readonly kind = 'invalid';
  constructor(id: string) {
    super(`company ${id} cannot be its own parent`);
  }
}

/** The parent named does not exist or was deleted: a rule of the request, not the resource addressed (so 422, not 404). */
export class CompanyParentNotFound extends DomainError {
  readonly code = 'COMPANY_PARENT_NOT_FOUND';
  readonly kind = 'invalid';
  constructor(parentId: string) {
    super(`parent company ${parentId} does not exist`);
  }
}

/** The parent is the company itself further down: hanging it there would close a loop in the hierarchy. */
export class CompanyHierarchyCycle extends DomainError {
  readonly code = 'COMPANY_HIERARCHY_CYCLE';
  readonly kind = 'conflict';
  constructor(id: string, parentId: string) {
    super(`company ${parentId} is a subsidiary of ${id} (at some depth); making it ${id}'s parent would form a cycle`);
  }
}

export class CompanyHasSubsidiaries extends DomainError {
  readonly code = 'COMPANY_HAS_SUBSIDIARIES';
  readonly kind = 'conflict';
  constructor(id: string, count: number) {
    super(`company ${id} still has ${count} live subsidiar${count === 1 ? 'y' : 'ies'}; move or delete them first`);
  }
}
