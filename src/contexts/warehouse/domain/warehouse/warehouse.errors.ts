import { domainError } from '@promenade/ddd';

export class WarehouseNotFound extends domainError('WAREHOUSE_NOT_FOUND', 'not_found') {
  constructor(codeOrId: string) {
    super(`warehouse ${codeOrId} does not exist`);
  }
}

export class WarehouseCodeInvalid extends domainError('WAREHOUSE_CODE_INVALID', 'invalid') {
  constructor(raw: string) {
    super(`"${raw}" is not a warehouse code: a letter or digit, then up to 15 letters, digits or dashes (KBP-1)`);
  }
}

/** A field other than the code breaks its rule: blank or too long name or address line, unknown country or time zone. */
export class WarehouseDetailsInvalid extends domainError('WAREHOUSE_DETAILS_INVALID', 'invalid') {}

/** Codes are unique whatever the case. */
export class WarehouseCodeTaken extends domainError('WAREHOUSE_CODE_TAKEN', 'conflict') {
  constructor(code: string) {
    super(`warehouse code ${code} is taken`);
  }
}

/** An inactive warehouse takes no receipts and no new reservations; deactivating it again is refused too. */
export class WarehouseInactive extends domainError('WAREHOUSE_INACTIVE', 'conflict') {
  constructor(code: string) {
    super(`warehouse ${code} is inactive`);
  }
}

export class WarehouseAlreadyActive extends domainError('WAREHOUSE_ALREADY_ACTIVE', 'conflict') {
  constructor(code: string) {
    super(`warehouse ${code} is already active`);
  }
}
