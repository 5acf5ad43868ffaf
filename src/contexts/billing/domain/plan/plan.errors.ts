import { domainError } from '@promenade/ddd';

export class PlanNotFound extends domainError('PLAN_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`plan ${id} does not exist`);
  }
}
