import { domainError } from '@promenade/ddd';

export class PlanNotFound extends domainError('PLAN_NOT_FOUND', 'not_found') {
  constructor(code: string) {
    super(`plan ${code} does not exist`);
  }
}

export class PlanCodeInvalid extends domainError('PLAN_CODE_INVALID', 'invalid') {
  constructor(raw: string) {
    super(`"${raw}" is not a plan code: 2-32 lower-case letters, digits or dashes`);
  }
}

/** A field other than the code breaks its rule (blank or too long name, a price not above zero, trial days out of 0..365). */
export class PlanDetailsInvalid extends domainError('PLAN_DETAILS_INVALID', 'invalid') {}

export class PlanCodeTaken extends domainError('PLAN_CODE_TAKEN', 'conflict') {
  constructor(code: string) {
    super(`plan code ${code} is taken by another plan`);
  }
}

/** Nobody may subscribe to a plan staff deactivated; its existing subscriptions go on renewing. */
export class PlanInactive extends domainError('PLAN_INACTIVE', 'conflict') {
  constructor(code: string) {
    super(`plan ${code} is not open to new subscriptions`);
  }
}
