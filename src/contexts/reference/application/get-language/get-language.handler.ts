import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { LanguageNotFound } from '../../domain/language.errors';
import { LanguageEntry, REFERENCE_CATALOG, ReferenceCatalog } from '../reference-catalog';
import { GetLanguage } from './get-language.query';

@QueryHandler(GetLanguage)
export class GetLanguageHandler implements IQueryHandler<GetLanguage, LanguageEntry> {
  constructor(@Inject(REFERENCE_CATALOG) private readonly catalog: ReferenceCatalog) {}

  async execute({ code }: GetLanguage): Promise<LanguageEntry> {
    const language = await this.catalog.language(code.toLowerCase());
    if (!language) throw new LanguageNotFound(code);
    return language;
  }
}
