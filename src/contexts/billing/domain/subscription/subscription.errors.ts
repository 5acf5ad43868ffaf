import { domainError } from '@promenade/ddd';

export class SubscriptionNotFound extends domainError('SUBSCRIPTION_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`subscription ${id} does not exist`);
  }
}
