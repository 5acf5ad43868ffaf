import { DomainError } from '@promenade/ddd';

export class ContactNotFound extends DomainError {
  readonly code = 'CONTACT_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`contact ${id} does not exist`);
  }
}
