import { domainError } from '@promenade/ddd';
import { SubscriptionStatus } from './subscription-status';

/** Also the answer for another customer's subscription, to a caller who may reach only their own. */
export class SubscriptionNotFound extends domainError('SUBSCRIPTION_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`subscription ${id} does not exist`);
  }
}

export class SubscriptionNotCancelable extends domainError('SUBSCRIPTION_NOT_CANCELABLE', 'conflict') {
  constructor(id: string, status: SubscriptionStatus) {
    super(`subscription ${id} is ${status}: it has ended already`);
  }
}

/** A second subscription to a plan while one has not ended: most likely a client's retry, which must not bill twice. */
export class SubscriptionAlreadyExists extends domainError('SUBSCRIPTION_ALREADY_EXISTS', 'conflict') {
  constructor(customerId: string, planCode: string) {
    super(`customer ${customerId} already has a subscription to plan ${planCode} that has not ended; cancel it first`);
  }
}

/**
 * A renewal or dunning retry delivered before its time (the scheduling host's clock ahead of this one's): thrown, not
 * dropped, so the transport delivers it again with backoff; nothing else would ever schedule that charge again.
 */
export class SubscriptionChargeNotYetDue extends domainError('SUBSCRIPTION_CHARGE_NOT_YET_DUE', 'conflict') {
  constructor(id: string, dueAt: Date, now: Date) {
    super(`subscription ${id}: the charge due at ${dueAt.toISOString()} was delivered early, at ${now.toISOString()}`);
  }
}

/** A configuration error (BILLING_DUNNING_DAYS), refused at start by the configuration's own check. */
export class DunningPolicyInvalid extends domainError('DUNNING_POLICY_INVALID', 'invalid') {}
