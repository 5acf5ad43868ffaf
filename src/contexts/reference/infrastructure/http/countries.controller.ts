import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, Page } from '@promenade/ddd';
import { ApiProblems, CACHE_HEADERS, Cacheable } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { DeactivateCountry } from '../../application/deactivate-country/deactivate-country.command';
import { ActivateCountry } from '../../application/activate-country/activate-country.command';
import { GetCountry } from '../../application/get-country/get-country.query';
import { ListCountries } from '../../application/list-countries/list-countries.query';
import { CountryAlreadyActive, CountryAlreadyInactive, CountryNotFound } from '../../domain/country/country.errors';
import { REFERENCE_TTL_SECONDS } from '../cache/reference-ttl';

import { CountryPage, CountryResponse } from './country.response';
import { ListCountriesRequest } from './list-countries.request';
import { countryEntryOf } from './entry-of-aggregate';
import { CountryCodeParam } from './reference-code.params';

/** HTTP ⇄ commands and queries for countries. */
@ApiTags('reference')
@Controller('reference/countries')
export class CountriesController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post(':code/deactivate')
  @ApiParam({ name: 'code', example: 'DE' })
  @RequirePermission('reference:manage')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw a country from the platform',
    description: 'Other contexts hear `reference.country-deactivated`. Takes the alpha-2 or alpha-3 code, any case.',
  })
  @ApiOkResponse({ type: CountryResponse })
  @ApiProblems(400, CountryNotFound, CountryAlreadyInactive, ConcurrencyConflict)
  async deactivateCountry(@CountryCodeParam('code') code: string): Promise<CountryResponse> {
    return CountryResponse.from(countryEntryOf(await this.commands.execute(new DeactivateCountry(code))));
  }

  @Post(':code/activate')
  @ApiParam({ name: 'code', example: 'DE' })
  @RequirePermission('reference:manage')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Offer a withdrawn country again',
    description: 'Other contexts hear `reference.country-activated`. Takes the alpha-2 or alpha-3 code, any case.',
  })
  @ApiOkResponse({ type: CountryResponse })
  @ApiProblems(400, CountryNotFound, CountryAlreadyActive, ConcurrencyConflict)
  async activateCountry(@CountryCodeParam('code') code: string): Promise<CountryResponse> {
    return CountryResponse.from(countryEntryOf(await this.commands.execute(new ActivateCountry(code))));
  }

  @Get()
  @Public()
  @Cacheable(REFERENCE_TTL_SECONDS.countries)
  @ApiOperation({
    summary: 'List ISO 3166-1 countries by name, a page at a time',
    description: 'Public. Filter by part of a name or code, and by region.',
  })
  @ApiOkResponse({ type: CountryPage, headers: CACHE_HEADERS })
  @ApiProblems(400)
  async listCountries(@Query() query: ListCountriesRequest): Promise<Page<CountryResponse>> {
    const page = await this.queries.execute(new ListCountries({ search: query.search, region: query.region }, query.page, query.limit));
    return { ...page, items: page.items.map((country) => CountryResponse.from(country)) };
  }

  @Get(':code')
  @ApiParam({ name: 'code', example: 'DE' })
  @Public()
  @Cacheable(REFERENCE_TTL_SECONDS.countries)
  @ApiOperation({
    summary: 'Get a country by its alpha-2 or alpha-3 code, any case',
    description: 'Public. `DE`, `de`, `DEU` and `deu` are the same country.',
  })
  @ApiOkResponse({ type: CountryResponse, headers: CACHE_HEADERS })
  @ApiProblems(400, CountryNotFound)
  async getCountry(@CountryCodeParam('code') code: string): Promise<CountryResponse> {
    return CountryResponse.from(await this.queries.execute(new GetCountry(code)));
  }
}
