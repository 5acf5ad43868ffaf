import { Controller, Get, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { CreateRole } from '../../application/create-role/create-role.command';
import { GetRole } from '../../application/get-role/get-role.query';
import { RoleResponse } from './role.response';

/** HTTP ⇄ commands and queries for roles. */
@ApiTags('identity')
@Controller('identity/roles')
export class RolesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a role' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async createRole(): Promise<IdResponse> {
    return { id: await this.commands.execute(new CreateRole()) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a role' })
  @ApiOkResponse({ type: RoleResponse })
  @ApiProblems(400, [404, 'ROLE_NOT_FOUND'])
  async get(@UuidParam('id') id: string): Promise<RoleResponse> {
    return RoleResponse.from(await this.queries.execute(new GetRole(id)));
  }
}
