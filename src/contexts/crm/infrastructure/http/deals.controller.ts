import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, InvalidCurrency, Page } from '@promenade/ddd';
import { ApiProblems, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { CreateDeal } from '../../application/create-deal/create-deal.command';
import { DeleteDeal } from '../../application/delete-deal/delete-deal.command';
import { GetDeal } from '../../application/get-deal/get-deal.query';
import { ListDeals } from '../../application/list-deals/list-deals.query';
import { LoseDeal } from '../../application/lose-deal/lose-deal.command';
import { MoveDealStage } from '../../application/move-deal-stage/move-deal-stage.command';
import { UpdateDeal } from '../../application/update-deal/update-deal.command';
import { WinDeal } from '../../application/win-deal/win-deal.command';
import {
  DealCloseDateInPast,
  DealCloseDateInvalid,
  DealClosed,
  DealCustomerUnknown,
  DealInvalidTransition,
  DealLossReasonRequired,
  DealNameInvalid,
  DealNotFound,
  DealNotInNegotiation,
  DealProbabilityInvalid,
  DealSourceInvalid,
  DealValueInvalid,
} from '../../domain/deal/deal.errors';
import { CreateDealRequest } from './create-deal.request';
import { DealPage, DealResponse } from './deal.response';
import { ListDealsRequest } from './list-deals.request';
import { LoseDealRequest } from './lose-deal.request';
import { MoveDealStageRequest } from './move-deal-stage.request';
import { UpdateDealRequest } from './update-deal.request';

/** The errors of a deal's own fields (422), on create and on revision. */
const FIELD_RULE_ERRORS = [
  DealNameInvalid,
  DealSourceInvalid,
  DealValueInvalid,
  DealProbabilityInvalid,
  DealCloseDateInvalid,
  DealCloseDateInPast,
  InvalidCurrency,
];

/**
 * HTTP ⇄ commands and queries; each change answers with the deal as it now is. A sales rep without the
 * `:any` permission reaches only the deals they own: another rep's deal answers 404 like a missing one
 * (no existence leak), and naming another owner in a body or filter answers 403.
 */
@ApiTags('crm')
@Controller('crm/deals')
export class DealsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('deals:write')
  @ApiOperation({
    summary: 'Open a deal in the lead stage',
    description:
      'Owned by the caller, or by the rep named (needs `deals:write:any`). The customer must be one the caller can see (else 422 `DEAL_CUSTOMER_UNKNOWN`, as for one that does not exist).',
  })
  @ApiCreatedResponse({ type: DealResponse })
  @ApiProblems(400, ...FIELD_RULE_ERRORS, DealCustomerUnknown)
  async createDeal(@CurrentPrincipal() caller: Principal, @Body() body: CreateDealRequest): Promise<DealResponse> {
    const ownerId = caller.actFor('deals:write', body.ownerId);
    const id = await this.commands.execute(new CreateDeal({ ...body, ownerId }, caller.ownerScope('customers:read')));
    return this.read(id, caller.ownerScope('deals:write'));
  }

  @Get()
  @RequirePermission('deals:read')
  @ApiOperation({ summary: 'List deals, newest first', description: "Only the caller's own deals unless they hold `deals:read:any`." })
  @ApiOkResponse({ type: DealPage })
  @ApiProblems(400)
  async listDeals(@CurrentPrincipal() caller: Principal, @Query() query: ListDealsRequest): Promise<Page<DealResponse>> {
    const filter = { ownerId: caller.ownerScope('deals:read', query.ownerId), customerId: query.customerId, stage: query.stage };
    const page = await this.queries.execute(new ListDeals(filter, query.page, query.limit, caller.ownerScope('deals:read')));
    return { ...page, items: page.items.map(DealResponse.from) };
  }

  @Get(':id')
  @RequirePermission('deals:read')
  @ApiOperation({ summary: 'Get a deal', description: "Another rep's deal is not found unless the caller holds `deals:read:any`." })
  @ApiOkResponse({ type: DealResponse })
  @ApiProblems(400, DealNotFound)
  getDeal(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<DealResponse> {
    return this.read(id, caller.ownerScope('deals:read'));
  }

  @Patch(':id')
  @RequirePermission('deals:write')
  @ApiOperation({
    summary: 'Revise an open deal',
    description: 'Name, owner (needs `deals:write:any` to name another rep), value, probability override, source, expected close date.',
  })
  @ApiOkResponse({ type: DealResponse })
  @ApiProblems(400, DealNotFound, DealClosed, ConcurrencyConflict, ...FIELD_RULE_ERRORS)
  async updateDeal(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateDealRequest,
  ): Promise<DealResponse> {
    const scope = caller.ownerScope('deals:write');
    const newOwner = body.ownerId === undefined ? undefined : caller.actFor('deals:write', body.ownerId);
    await this.commands.execute(new UpdateDeal(id, { ...body, ownerId: newOwner }, scope));
    return this.read(id, scope);
  }

  @Delete(':id')
  @RequirePermission('deals:write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an open deal', description: 'A won or lost deal stays: its outcome is history.' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(400, DealNotFound, DealClosed, ConcurrencyConflict)
  async deleteDeal(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<void> {
    await this.commands.execute(new DeleteDeal(id, caller.ownerScope('deals:write')));
  }

  @Post(':id/stage')
  @RequirePermission('deals:write')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move an open deal one stage forward or back',
    description: 'lead → qualified → proposal → negotiation; the probability becomes the new stage default.',
  })
  @ApiOkResponse({ type: DealResponse })
  @ApiProblems(400, DealNotFound, DealInvalidTransition, DealClosed, ConcurrencyConflict)
  async moveDealStage(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: MoveDealStageRequest,
  ): Promise<DealResponse> {
    const ownerId = caller.ownerScope('deals:write');
    await this.commands.execute(new MoveDealStage(id, body.stage, ownerId));
    return this.read(id, ownerId);
  }

  @Post(':id/win')
  @RequirePermission('deals:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Win a deal in negotiation', description: 'Final: closed_won at 100 %; raises `crm.deal-won`.' })
  @ApiOkResponse({ type: DealResponse })
  @ApiProblems(400, DealNotFound, DealNotInNegotiation, DealClosed, ConcurrencyConflict)
  async winDeal(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<DealResponse> {
    const ownerId = caller.ownerScope('deals:write');
    await this.commands.execute(new WinDeal(id, ownerId));
    return this.read(id, ownerId);
  }

  @Post(':id/lose')
  @RequirePermission('deals:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lose an open deal, with a reason', description: 'Final: closed_lost at 0 %; raises `crm.deal-lost`.' })
  @ApiOkResponse({ type: DealResponse })
  @ApiProblems(400, DealNotFound, DealClosed, ConcurrencyConflict, DealLossReasonRequired)
  async loseDeal(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string, @Body() body: LoseDealRequest): Promise<DealResponse> {
    const ownerId = caller.ownerScope('deals:write');
    await this.commands.execute(new LoseDeal(id, body.reason, ownerId));
    return this.read(id, ownerId);
  }

  /** The deal as it now is, within the same owner scope the route used. */
  private async read(id: string, ownerId: string | undefined): Promise<DealResponse> {
    return DealResponse.from(await this.queries.execute(new GetDeal(id, ownerId)));
  }
}
