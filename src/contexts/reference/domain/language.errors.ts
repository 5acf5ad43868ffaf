import { DomainError } from '@promenade/ddd';

export class LanguageNotFound extends DomainError {
  readonly code = 'LANGUAGE_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(code: string) {
    super(`language ${code} is not an ISO 639-1 language`);
  }
}
