import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { DeactivateCurrency } from '../../application/deactivate-currency/deactivate-currency.command';
import { ActivateCurrency } from '../../application/activate-currency/activate-currency.command';
import { GetCurrency } from '../../application/get-currency/get-currency.query';
import { CurrencyResponse } from './currency.response';

/** HTTP ⇄ commands and queries for currencies. */
@ApiTags('reference')
@Controller('reference/currencies')
export class CurrenciesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post(':id/deactivate')
  @RequirePermission('currencies:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate a currency' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'CURRENCY_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async deactivate(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new DeactivateCurrency(id));
    return { id };
  }

  @Post(':id/activate')
  @RequirePermission('currencies:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate a currency' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'CURRENCY_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async activate(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new ActivateCurrency(id));
    return { id };
  }

  @Get(':id')
  @RequirePermission('currencies:read')
  @ApiOperation({ summary: 'Get a currency' })
  @ApiOkResponse({ type: CurrencyResponse })
  @ApiProblems(400, [404, 'CURRENCY_NOT_FOUND'])
  async get(@UuidParam('id') id: string): Promise<CurrencyResponse> {
    return CurrencyResponse.from(await this.queries.execute(new GetCurrency(id)));
  }
}
