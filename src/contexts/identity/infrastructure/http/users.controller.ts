import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, PermissionDenied, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, Page } from '@promenade/ddd';
import { ApiProblems, UuidParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { ActivateUser } from '../../application/activate-user/activate-user.command';
import { AssignUserRoles } from '../../application/assign-user-roles/assign-user-roles.command';
import { BanUser } from '../../application/ban-user/ban-user.command';
import { GetUser } from '../../application/get-user/get-user.query';
import { ListUsers } from '../../application/list-users/list-users.query';
import { SuspendUser } from '../../application/suspend-user/suspend-user.command';
import { UnlockUser } from '../../application/unlock-user/unlock-user.command';
import { PrivilegeEscalation, UserSelfAction } from '../../domain/role/privilege.errors';
import { RoleUnknown } from '../../domain/role/role.errors';
import { UserInvalidTransition, UserNotFound, UserNotLocked, UserRolesInvalid } from '../../domain/user/user.errors';
import { actorOf } from './actor';
import { AssignUserRolesRequest } from './assign-user-roles.request';
import { ListUsersRequest } from './list-users.request';
import { UserPage, UserResponse } from './user.response';

const NO_ESCALATION =
  'Refused with `PRIVILEGE_ESCALATION` unless your permissions cover everything the user can do, and with `USER_SELF_ACTION` on your own account.';

/** User administration: HTTP ⇄ commands and queries; each change answers with the user as it now is. */
@ApiTags('identity')
@Controller('identity/users')
export class UsersController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('users:read')
  @ApiOperation({ summary: 'List users, newest first, by status, role or part of the email' })
  @ApiOkResponse({ type: UserPage })
  @ApiProblems(400)
  async listUsers(@Query() query: ListUsersRequest): Promise<Page<UserResponse>> {
    const page = await this.queries.execute(
      new ListUsers({ status: query.status, role: query.role, email: query.email }, query.page, query.limit),
    );
    return { ...page, items: page.items.map((user) => UserResponse.from(user)) };
  }

  @Get(':id')
  @RequirePermission('users:read')
  @ApiOperation({ summary: 'Get a user' })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, UserNotFound)
  getUser(@UuidParam('id') id: string): Promise<UserResponse> {
    return this.read(id);
  }

  @Post(':id/suspend')
  @RequirePermission('users:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspend an active user; their live sessions end at once', description: NO_ESCALATION })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, PermissionDenied, PrivilegeEscalation, UserNotFound, UserInvalidTransition, UserSelfAction, ConcurrencyConflict)
  async suspendUser(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<UserResponse> {
    await this.commands.execute(new SuspendUser(id, actorOf(caller)));
    return this.read(id);
  }

  @Post(':id/ban')
  @RequirePermission('users:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ban a user who is not banned yet; their live sessions end at once', description: NO_ESCALATION })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, PermissionDenied, PrivilegeEscalation, UserNotFound, UserInvalidTransition, UserSelfAction, ConcurrencyConflict)
  async banUser(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<UserResponse> {
    await this.commands.execute(new BanUser(id, actorOf(caller)));
    return this.read(id);
  }

  @Post(':id/activate')
  @RequirePermission('users:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate a suspended or banned user', description: NO_ESCALATION })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, PermissionDenied, PrivilegeEscalation, UserNotFound, UserInvalidTransition, UserSelfAction, ConcurrencyConflict)
  async activateUser(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<UserResponse> {
    await this.commands.execute(new ActivateUser(id, actorOf(caller)));
    return this.read(id);
  }

  @Post(':id/unlock')
  @RequirePermission('users:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'End the lock failed logins put on a user, before it expires', description: NO_ESCALATION })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, PermissionDenied, PrivilegeEscalation, UserNotFound, UserNotLocked, UserSelfAction, ConcurrencyConflict)
  async unlockUser(@CurrentPrincipal() caller: Principal, @UuidParam('id') id: string): Promise<UserResponse> {
    await this.commands.execute(new UnlockUser(id, actorOf(caller)));
    return this.read(id);
  }

  @Put(':id/roles')
  @RequirePermission('users:assign-roles')
  @ApiOperation({
    summary: "Replace a user's roles",
    description: `Takes effect on the user's next request. ${NO_ESCALATION} The roles granted must also grant only permissions you hold.`,
  })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, PermissionDenied, PrivilegeEscalation, UserNotFound, UserSelfAction, ConcurrencyConflict, RoleUnknown, UserRolesInvalid)
  async assignUserRoles(
    @CurrentPrincipal() caller: Principal,
    @UuidParam('id') id: string,
    @Body() body: AssignUserRolesRequest,
  ): Promise<UserResponse> {
    await this.commands.execute(new AssignUserRoles(id, body.roles, actorOf(caller)));
    return this.read(id);
  }

  private async read(id: string): Promise<UserResponse> {
    return UserResponse.from(await this.queries.execute(new GetUser(id)));
  }
}
