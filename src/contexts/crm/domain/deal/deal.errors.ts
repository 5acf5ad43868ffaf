import { domainError } from '@promenade/ddd';
import { DealStage } from './deal-stage';

export class DealNotFound extends domainError('DEAL_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`deal ${id} does not exist`);
  }
}

/** Won or lost: the outcome is history (pipeline, revenue, win rate), so nothing about the deal changes any more. */
export class DealClosed extends domainError('DEAL_CLOSED', 'conflict') {
  constructor(id: string, stage: DealStage, action: string) {
    super(`deal ${id} is ${stage}; a closed deal is final, so ${action} is refused`);
  }
}

export class DealInvalidTransition extends domainError('DEAL_INVALID_TRANSITION', 'conflict') {
  constructor(id: string, from: DealStage, to: DealStage) {
    super(
      `deal ${id} cannot move from ${from} to ${to}: an open deal moves one stage forward or one back (win and lose have their own routes)`,
    );
  }
}

export class DealNotInNegotiation extends domainError('DEAL_NOT_IN_NEGOTIATION', 'conflict') {
  constructor(id: string, stage: DealStage) {
    super(`deal ${id} is in ${stage}; a deal is won only from negotiation`);
  }
}

export class DealLossReasonRequired extends domainError('DEAL_LOSS_REASON_REQUIRED', 'invalid') {
  constructor() {
    super('losing a deal needs a non-empty reason');
  }
}

export class DealNameInvalid extends domainError('DEAL_NAME_INVALID', 'invalid') {
  constructor(maxLength: number) {
    super(`a deal name must not be blank and has at most ${maxLength} characters`);
  }
}

export class DealValueInvalid extends domainError('DEAL_VALUE_INVALID', 'invalid') {
  constructor() {
    super('a deal value must not be negative');
  }
}

export class DealProbabilityInvalid extends domainError('DEAL_PROBABILITY_INVALID', 'invalid') {
  constructor(probability: number) {
    super(`probability ${probability} is not a whole percentage from 0 to 100`);
  }
}

export class DealSourceInvalid extends domainError('DEAL_SOURCE_INVALID', 'invalid') {
  constructor(source: string) {
    super(`"${source}" is not a deal source (inbound, outbound, referral, partner, event, advertising)`);
  }
}

export class DealCloseDateInvalid extends domainError('DEAL_CLOSE_DATE_INVALID', 'invalid') {
  constructor(date: string) {
    super(`"${date}" is not a calendar date (YYYY-MM-DD)`);
  }
}

export class DealCloseDateInPast extends domainError('DEAL_CLOSE_DATE_IN_PAST', 'invalid') {
  constructor(date: string, today: string) {
    super(`expected close date ${date} is in the past (today is ${today}, UTC)`);
  }
}

/** The customer a deal names must exist: a deal is always with someone. */
export class DealCustomerUnknown extends domainError('DEAL_CUSTOMER_UNKNOWN', 'invalid') {
  constructor(customerId: string) {
    super(`customer ${customerId} does not exist`);
  }
}
