import { domainError } from '@promenade/ddd';

export class LanguageNotFound extends domainError('LANGUAGE_NOT_FOUND', 'not_found') {
  constructor(code: string) {
    super(`language ${code} is not an ISO 639-1 language`);
  }
}
