import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '@promenade/auth';
import { Page } from '@promenade/ddd';
import { ApiProblems, pageOf, CACHE_HEADERS, Cacheable } from '@promenade/http';
import { GetLanguage } from '../../application/get-language/get-language.query';
import { ListLanguages } from '../../application/list-languages/list-languages.query';
import { LanguageNotFound } from '../../domain/language.errors';
import { REFERENCE_TTL_SECONDS } from '../cache/reference-ttl';

import { LanguageCodeParam } from './reference-code.params';
import { LanguagePage, LanguageResponse } from './language.response';
import { ListLanguagesRequest } from './list-languages.request';

/** ISO 639-1 languages: public reads. */
@ApiTags('reference')
@Controller('reference/languages')
@Public()
export class LanguagesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Cacheable(REFERENCE_TTL_SECONDS.languages)
  @ApiOperation({
    summary: 'List the 183 ISO 639-1 languages by name, all at once',
    description: 'Public. Filter by part of the code, English or native name.',
  })
  @ApiOkResponse({ type: LanguagePage, headers: CACHE_HEADERS })
  @ApiProblems(400)
  async listLanguages(@Query() query: ListLanguagesRequest): Promise<Page<LanguageResponse>> {
    const languages = await this.queries.execute(new ListLanguages(query.search));
    const page = pageOf(languages, query);
    return { ...page, items: page.items.map((language) => LanguageResponse.from(language)) };
  }

  @Get(':code')
  @ApiParam({ name: 'code', example: 'de' })
  @Cacheable(REFERENCE_TTL_SECONDS.languages)
  @ApiOperation({ summary: 'Get a language by its ISO 639-1 code, any case' })
  @ApiOkResponse({ type: LanguageResponse, headers: CACHE_HEADERS })
  @ApiProblems(400, LanguageNotFound)
  async getLanguage(@LanguageCodeParam('code') code: string): Promise<LanguageResponse> {
    return LanguageResponse.from(await this.queries.execute(new GetLanguage(code)));
  }
}
