import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, Page } from '@promenade/ddd';
import { ApiProblems, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { CreateInteraction } from '../../application/create-interaction/create-interaction.command';
import { DeleteInteraction } from '../../application/delete-interaction/delete-interaction.command';
import { EndInteraction } from '../../application/end-interaction/end-interaction.command';
import { GetInteraction } from '../../application/get-interaction/get-interaction.query';
import { ListFollowUps } from '../../application/list-follow-ups/list-follow-ups.query';
import { ListInteractions } from '../../application/list-interactions/list-interactions.query';
import { UpdateInteraction } from '../../application/update-interaction/update-interaction.command';
import {
  InteractionAlreadyEnded,
  InteractionAttendeeDuplicate,
  InteractionAttendeeInvalid,
  InteractionCompanyUnknown,
  InteractionCustomerUnknown,
  InteractionEndBeforeStart,
  InteractionFollowUpBeforeStart,
  InteractionFollowUpDateRequired,
  InteractionFollowUpNotRequired,
  InteractionInvalid,
  InteractionNotFound,
  InteractionPartyRequired,
  InteractionSubjectRequired,
} from '../../domain/interaction/interaction.errors';
import { CreateInteractionRequest } from './create-interaction.request';
import { EndInteractionRequest } from './end-interaction.request';
import { InteractionPage, InteractionResponse } from './interaction.response';
import { ListFollowUpsRequest } from './list-follow-ups.request';
import { ListInteractionsRequest } from './list-interactions.request';
import { UpdateInteractionRequest } from './update-interaction.request';

/** The business rules a description of an interaction can break (422), on create and update alike. */
const RULES = [
  InteractionInvalid,
  InteractionSubjectRequired,
  InteractionPartyRequired,
  InteractionCustomerUnknown,
  InteractionCompanyUnknown,
  InteractionEndBeforeStart,
  InteractionFollowUpDateRequired,
  InteractionFollowUpNotRequired,
  InteractionFollowUpBeforeStart,
  InteractionAttendeeInvalid,
  InteractionAttendeeDuplicate,
];

/**
 * HTTP ⇄ commands and queries for interactions; each change answers with the interaction as it now is.
 * Interactions are shared by the sales team (the catalog has no `interactions:*:any`), but only as far
 * as the customers are: a caller without `customers:read:any` reaches the interactions about their own
 * customers and those about no customer (a company only). One about another rep's customer answers 404
 * like a missing one and is left out of every list; naming another rep's customer in a body answers
 * 422 INTERACTION_CUSTOMER_UNKNOWN, and in a filter an empty page, exactly as for a customer that does
 * not exist. The caller is recorded as `loggedBy`.
 */
@ApiTags('crm')
@Controller('crm/interactions')
export class InteractionsController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('interactions:write')
  @ApiOperation({
    summary: 'Log an interaction with a customer and/or a company',
    description: 'Open, or already over when `endedAt` is given.',
  })
  @ApiCreatedResponse({ type: InteractionResponse })
  @ApiProblems(400, ...RULES)
  async createInteraction(@CurrentPrincipal() caller: Principal, @Body() body: CreateInteractionRequest): Promise<InteractionResponse> {
    const interaction = {
      ...body,
      startedAt: new Date(body.startedAt),
      endedAt: dateOrAbsent(body.endedAt),
      followUpAt: dateOrAbsent(body.followUpAt),
    };
    const scope = customerScope(caller);
    return this.read(await this.commands.execute(new CreateInteraction(interaction, caller.userId, scope)), scope);
  }

  @Get()
  @RequirePermission('interactions:read')
  @ApiOperation({ summary: 'List interactions, newest first' })
  @ApiOkResponse({ type: InteractionPage })
  @ApiProblems(400)
  async listInteractions(
    @CurrentPrincipal() caller: Principal,
    @Query() query: ListInteractionsRequest,
  ): Promise<Page<InteractionResponse>> {
    const { page, limit, ...filter } = query;
    const found = await this.queries.execute(new ListInteractions(filter, page, limit, customerScope(caller)));
    return { ...found, items: found.items.map(InteractionResponse.from) };
  }

  // Declared before `:id` so that "follow-ups" is never read as an id.
  @Get('follow-ups')
  @RequirePermission('interactions:read')
  @ApiOperation({
    summary: 'List pending follow-ups, soonest first',
    description: 'Required follow-ups due at or before `due` (all when left out).',
  })
  @ApiOkResponse({ type: InteractionPage })
  @ApiProblems(400)
  async listFollowUps(@CurrentPrincipal() caller: Principal, @Query() query: ListFollowUpsRequest): Promise<Page<InteractionResponse>> {
    const found = await this.queries.execute(new ListFollowUps(dateOrAbsent(query.due), query.page, query.limit, customerScope(caller)));
    return { ...found, items: found.items.map(InteractionResponse.from) };
  }

  @Get(':id')
  @RequirePermission('interactions:read')
  @ApiOperation({ summary: 'Get an interaction' })
  @ApiOkResponse({ type: InteractionResponse })
  @ApiProblems(400, InteractionNotFound)
  getInteraction(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<InteractionResponse> {
    return this.read(id, customerScope(caller));
  }

  @Patch(':id')
  @RequirePermission('interactions:write')
  @ApiOperation({
    summary: 'Change an interaction',
    description: 'Only the fields sent change; null clears a nullable one. The end is set by `POST …/end`.',
  })
  @ApiOkResponse({ type: InteractionResponse })
  @ApiProblems(400, InteractionNotFound, ConcurrencyConflict, ...RULES)
  async updateInteraction(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateInteractionRequest,
  ): Promise<InteractionResponse> {
    const change = {
      ...body,
      startedAt: dateOrAbsent(body.startedAt),
      followUpAt: body.followUpAt === null ? null : dateOrAbsent(body.followUpAt),
    };
    const scope = customerScope(caller);
    await this.commands.execute(new UpdateInteraction(id, change, scope));
    return this.read(id, scope);
  }

  @Post(':id/end')
  @RequirePermission('interactions:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'End an interaction (once)', description: 'Now, or at `endedAt`; the duration is computed from the start.' })
  @ApiOkResponse({ type: InteractionResponse })
  @ApiProblems(400, InteractionNotFound, InteractionAlreadyEnded, ConcurrencyConflict, InteractionEndBeforeStart, InteractionInvalid)
  async endInteraction(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: EndInteractionRequest,
  ): Promise<InteractionResponse> {
    const scope = customerScope(caller);
    await this.commands.execute(new EndInteraction(id, dateOrAbsent(body.endedAt), body.outcome, scope));
    return this.read(id, scope);
  }

  @Delete(':id')
  @RequirePermission('interactions:write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an interaction', description: 'Kept for history, but no route answers it any more.' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(400, InteractionNotFound, ConcurrencyConflict)
  async deleteInteraction(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<void> {
    await this.commands.execute(new DeleteInteraction(id, customerScope(caller)));
  }

  /** The interaction as it now is, within the same customer scope the route used. */
  private async read(id: string, scope: string | undefined): Promise<InteractionResponse> {
    return InteractionResponse.from(await this.queries.execute(new GetInteraction(id, scope)));
  }
}

/** Whose customers the caller sees: theirs alone, or everyone's (undefined) with `customers:read:any`. */
function customerScope(caller: Principal): string | undefined {
  return caller.ownerScope('customers:read');
}

/** An ISO 8601 string the DTO has already validated, as a Date; absent stays absent. */
function dateOrAbsent(iso: string | null | undefined): Date | undefined {
  return iso ? new Date(iso) : undefined;
}
