import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { LanguageEntry, REFERENCE_CATALOG, ReferenceCatalog } from '../reference-catalog';
import { matchesSearch } from '../text-search';
import { ListLanguages } from './list-languages.query';

@QueryHandler(ListLanguages)
export class ListLanguagesHandler implements IQueryHandler<ListLanguages, LanguageEntry[]> {
  constructor(@Inject(REFERENCE_CATALOG) private readonly catalog: ReferenceCatalog) {}

  async execute({ search }: ListLanguages): Promise<LanguageEntry[]> {
    return (await this.catalog.languages()).filter((language) =>
      matchesSearch(search, [language.code, language.name, language.nativeName]),
    );
  }
}
