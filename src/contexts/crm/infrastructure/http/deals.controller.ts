import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreateDeal } from '../../application/create-deal/create-deal.command';
import { WinDeal } from '../../application/win-deal/win-deal.command';
import { LoseDeal } from '../../application/lose-deal/lose-deal.command';
import { GetDeal } from '../../application/get-deal/get-deal.query';
import { DealResponse } from './deal.response';

/** HTTP ⇄ commands and queries for deals. */
@ApiTags('crm')
@Controller('crm/deals')
export class DealsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('deals:write')
  @ApiOperation({ summary: 'Create a deal' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createDeal(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreateDeal()) };
  }

  @Post(':id/win')
  @RequirePermission('deals:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Win a deal' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'DEAL_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async win(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new WinDeal(id));
    return { id };
  }

  @Post(':id/lose')
  @RequirePermission('deals:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lose a deal' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'DEAL_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async lose(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new LoseDeal(id));
    return { id };
  }

  @Get(':id')
  @RequirePermission('deals:read')
  @ApiOperation({ summary: 'Get a deal' })
  @ApiOkResponse({ type: DealResponse })
  @ApiProblems(400, [404, 'DEAL_NOT_FOUND'])
  async get(@UuidParam('id') id: string): Promise<DealResponse> {
    return DealResponse.from(await this.queries.execute(new GetDeal(id)));
  }
}
