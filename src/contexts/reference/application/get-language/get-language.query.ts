import { Query } from '@nestjs/cqrs';
import { LanguageEntry } from '../reference-catalog';

export class GetLanguage extends Query<LanguageEntry> {
  /** `code`: ISO 639-1, in any case. */
  constructor(readonly code: string) {
    super();
  }
}
