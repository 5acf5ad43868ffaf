import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { DeactivateCountry } from '../../application/deactivate-country/deactivate-country.command';
import { ActivateCountry } from '../../application/activate-country/activate-country.command';
import { GetCountry } from '../../application/get-country/get-country.query';
import { CountryResponse } from './country.response';

/** HTTP ⇄ commands and queries for countries. */
@ApiTags('reference')
@Controller('reference/countries')
export class CountriesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post(':id/deactivate')
  @RequirePermission('countries:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate a country' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'COUNTRY_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async deactivate(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new DeactivateCountry(id));
    return { id };
  }

  @Post(':id/activate')
  @RequirePermission('countries:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate a country' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'COUNTRY_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async activate(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new ActivateCountry(id));
    return { id };
  }

  @Get(':id')
  @RequirePermission('countries:read')
  @ApiOperation({ summary: 'Get a country' })
  @ApiOkResponse({ type: CountryResponse })
  @ApiProblems(400, [404, 'COUNTRY_NOT_FOUND'])
  async get(@UuidParam('id') id: string): Promise<CountryResponse> {
    return CountryResponse.from(await this.queries.execute(new GetCountry(id)));
  }
}
