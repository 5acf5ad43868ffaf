import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreateInteraction } from '../../application/create-interaction/create-interaction.command';
import { EndInteraction } from '../../application/end-interaction/end-interaction.command';
import { GetInteraction } from '../../application/get-interaction/get-interaction.query';
import { InteractionResponse } from './interaction.response';

/** HTTP ⇄ commands and queries for interactions. */
@ApiTags('crm')
@Controller('crm/interactions')
export class InteractionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('interactions:write')
  @ApiOperation({ summary: 'Create an interaction' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createInteraction(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreateInteraction()) };
  }

  @Post(':id/end')
  @RequirePermission('interactions:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'End an interaction' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'INTERACTION_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async end(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new EndInteraction(id));
    return { id };
  }

  @Get(':id')
  @RequirePermission('interactions:read')
  @ApiOperation({ summary: 'Get an interaction' })
  @ApiOkResponse({ type: InteractionResponse })
  @ApiProblems(400, [404, 'INTERACTION_NOT_FOUND'])
  async get(@UuidParam('id') id: string): Promise<InteractionResponse> {
    return InteractionResponse.from(await this.queries.execute(new GetInteraction(id)));
  }
}
