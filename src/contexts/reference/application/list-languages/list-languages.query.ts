import { Query } from '@nestjs/cqrs';
import { LanguageEntry } from '../reference-catalog';

export class ListLanguages extends Query<LanguageEntry[]> {
  /** `search`: part of the code, English or native name, in any case. */
  constructor(readonly search?: string) {
    super();
  }
}
