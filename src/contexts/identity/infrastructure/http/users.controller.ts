import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, IdResponse, UuidParam } from '@promenade/http';
import { SuspendUser } from '../../application/suspend-user/suspend-user.command';
import { BanUser } from '../../application/ban-user/ban-user.command';
import { ActivateUser } from '../../application/activate-user/activate-user.command';
import { UnlockUser } from '../../application/unlock-user/unlock-user.command';
import { GetUser } from '../../application/get-user/get-user.query';
import { UserResponse } from './user.response';

/** HTTP ⇄ commands and queries for users. */
@ApiTags('identity')
@Controller('identity/users')
export class UsersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspend an user' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'USER_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async suspend(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new SuspendUser(id));
    return { id };
  }

  @Post(':id/ban')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ban an user' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'USER_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async ban(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new BanUser(id));
    return { id };
  }

  @Post(':id/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate an user' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'USER_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async activate(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new ActivateUser(id));
    return { id };
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unlock an user' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, [404, 'USER_NOT_FOUND'], [409, 'CONCURRENCY_CONFLICT'])
  async unlock(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new UnlockUser(id));
    return { id };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get an user' })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, [404, 'USER_NOT_FOUND'])
  async get(@UuidParam('id') id: string): Promise<UserResponse> {
    return UserResponse.from(await this.queries.execute(new GetUser(id)));
  }
}
