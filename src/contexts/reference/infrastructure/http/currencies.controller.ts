import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, Page } from '@promenade/ddd';
import { ApiProblems, pageOf, CACHE_HEADERS, Cacheable } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { DeactivateCurrency } from '../../application/deactivate-currency/deactivate-currency.command';
import { ActivateCurrency } from '../../application/activate-currency/activate-currency.command';
import { GetCurrency } from '../../application/get-currency/get-currency.query';
import { ListCurrencies } from '../../application/list-currencies/list-currencies.query';
import { CurrencyAlreadyActive, CurrencyAlreadyInactive, CurrencyNotFound } from '../../domain/currency/currency.errors';
import { REFERENCE_TTL_SECONDS } from '../cache/reference-ttl';

import { CurrencyPage, CurrencyResponse } from './currency.response';
import { ListCurrenciesRequest } from './list-currencies.request';
import { currencyEntryOf } from './entry-of-aggregate';
import { CurrencyCodeParam } from './reference-code.params';

/** HTTP ⇄ commands and queries for currencies. */
@ApiTags('reference')
@Controller('reference/currencies')
export class CurrenciesController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post(':code/deactivate')
  @ApiParam({ name: 'code', example: 'EUR' })
  @RequirePermission('reference:manage')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw a currency from the platform',
    description:
      'Ordering then refuses new orders in it (422 `CURRENCY_UNAVAILABLE`), once it has handled `reference.currency-deactivated`; existing orders keep it. Any case.',
  })
  @ApiOkResponse({ type: CurrencyResponse })
  @ApiProblems(400, CurrencyNotFound, CurrencyAlreadyInactive, ConcurrencyConflict)
  async deactivateCurrency(@CurrencyCodeParam('code') code: string): Promise<CurrencyResponse> {
    return CurrencyResponse.from(currencyEntryOf(await this.commands.execute(new DeactivateCurrency(code))));
  }

  @Post(':code/activate')
  @ApiParam({ name: 'code', example: 'EUR' })
  @RequirePermission('reference:manage')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept a withdrawn currency again',
    description: 'Ordering accepts new orders in it again once it has handled `reference.currency-activated`. Any case.',
  })
  @ApiOkResponse({ type: CurrencyResponse })
  @ApiProblems(400, CurrencyNotFound, CurrencyAlreadyActive, ConcurrencyConflict)
  async activateCurrency(@CurrencyCodeParam('code') code: string): Promise<CurrencyResponse> {
    return CurrencyResponse.from(currencyEntryOf(await this.commands.execute(new ActivateCurrency(code))));
  }

  @Get()
  @Public()
  @Cacheable(REFERENCE_TTL_SECONDS.currencies)
  @ApiOperation({
    summary: 'List the ISO 4217 currencies by name, all at once',
    description: 'Public. Filter by part of the code or name.',
  })
  @ApiOkResponse({ type: CurrencyPage, headers: CACHE_HEADERS })
  @ApiProblems(400)
  async listCurrencies(@Query() query: ListCurrenciesRequest): Promise<Page<CurrencyResponse>> {
    const currencies = await this.queries.execute(new ListCurrencies(query.search));
    const page = pageOf(currencies, query);
    return { ...page, items: page.items.map((currency) => CurrencyResponse.from(currency)) };
  }

  @Get(':code')
  @ApiParam({ name: 'code', example: 'EUR' })
  @Public()
  @Cacheable(REFERENCE_TTL_SECONDS.currencies)
  @ApiOperation({ summary: 'Get a currency by its ISO 4217 code, any case' })
  @ApiOkResponse({ type: CurrencyResponse, headers: CACHE_HEADERS })
  @ApiProblems(400, CurrencyNotFound)
  async getCurrency(@CurrencyCodeParam('code') code: string): Promise<CurrencyResponse> {
    return CurrencyResponse.from(await this.queries.execute(new GetCurrency(code)));
  }
}
