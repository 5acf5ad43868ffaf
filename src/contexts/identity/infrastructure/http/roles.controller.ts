import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, PermissionDenied, Principal, RequirePermission } from '@promenade/auth';
import { ConcurrencyConflict, Page } from '@promenade/ddd';
import { ApiProblems, PageQuery, pageOf, PatternParam } from '@promenade/http';
import { TransactionalCommandBus } from '@promenade/platform';
import { CreateRole } from '../../application/create-role/create-role.command';
import { DeleteRole } from '../../application/delete-role/delete-role.command';
import { GetRole } from '../../application/get-role/get-role.query';
import { ListRoles } from '../../application/list-roles/list-roles.query';
import { UpdateRole } from '../../application/update-role/update-role.command';
import { PrivilegeEscalation } from '../../domain/role/privilege.errors';
import { ROLE_NAME_PATTERN } from '../../domain/role/role.aggregate';
import {
  PermissionUnknown,
  RoleDescriptionInvalid,
  RoleInUse,
  RoleNameInvalid,
  RoleNameTaken,
  RoleNotFound,
  RoleSystemImmutable,
} from '../../domain/role/role.errors';
import { actorOf } from './actor';
import { CreateRoleRequest } from './create-role.request';
import { ROLE_NAME_MESSAGE } from './role-name';
import { RolePage, RoleResponse } from './role.response';
import { UpdateRoleRequest } from './update-role.request';

const NameParam = () => PatternParam('name', ROLE_NAME_PATTERN, ROLE_NAME_MESSAGE);

/**
 * Roles by name: the seven system roles (read-only, from code) and custom ones. A change to a custom
 * role reaches its holders on their next request: permissions are resolved per request, not baked into tokens.
 */
@ApiTags('identity')
@Controller('identity/roles')
export class RolesController {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('roles:read')
  @ApiOperation({ summary: 'List every role: the system ones, then the custom ones by name' })
  @ApiOkResponse({ type: RolePage })
  @ApiProblems(400)
  async listRoles(@Query() query: PageQuery): Promise<Page<RoleResponse>> {
    const page = pageOf(await this.queries.execute(new ListRoles()), query);
    return { ...page, items: page.items.map((role) => RoleResponse.from(role)) };
  }

  @Post()
  @RequirePermission('roles:manage')
  @ApiOperation({ summary: 'Create a custom role', description: 'Only with permissions you hold yourself (else `PRIVILEGE_ESCALATION`).' })
  @ApiCreatedResponse({ type: RoleResponse })
  @ApiProblems(400, PermissionDenied, PrivilegeEscalation, RoleNameTaken, PermissionUnknown, RoleNameInvalid, RoleDescriptionInvalid)
  async createRole(@CurrentPrincipal() caller: Principal, @Body() body: CreateRoleRequest): Promise<RoleResponse> {
    await this.commands.execute(new CreateRole(body.name, body.description, body.permissions, actorOf(caller)));
    return this.read(body.name);
  }

  @Get(':name')
  @RequirePermission('roles:read')
  @ApiOperation({ summary: 'Get a role' })
  @ApiOkResponse({ type: RoleResponse })
  @ApiProblems(400, RoleNotFound)
  getRole(@NameParam() name: string): Promise<RoleResponse> {
    return this.read(name);
  }

  @Patch(':name')
  @RequirePermission('roles:manage')
  @ApiOperation({
    summary: "Change a custom role's description or permissions",
    description: 'Both the permissions it had and the ones it gets must be ones you hold (else `PRIVILEGE_ESCALATION`).',
  })
  @ApiOkResponse({ type: RoleResponse })
  @ApiProblems(
    400,
    PermissionDenied,
    PrivilegeEscalation,
    RoleNotFound,
    RoleSystemImmutable,
    ConcurrencyConflict,
    PermissionUnknown,
    RoleDescriptionInvalid,
  )
  async updateRole(
    @CurrentPrincipal() caller: Principal,
    @NameParam() name: string,
    @Body() body: UpdateRoleRequest,
  ): Promise<RoleResponse> {
    await this.commands.execute(new UpdateRole(name, { description: body.description, permissions: body.permissions }, actorOf(caller)));
    return this.read(name);
  }

  @Delete(':name')
  @RequirePermission('roles:manage')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a custom role nobody holds any more' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(400, PermissionDenied, PrivilegeEscalation, RoleNotFound, RoleSystemImmutable, RoleInUse, ConcurrencyConflict)
  async deleteRole(@CurrentPrincipal() caller: Principal, @NameParam() name: string): Promise<void> {
    await this.commands.execute(new DeleteRole(name, actorOf(caller)));
  }

  private async read(name: string): Promise<RoleResponse> {
    return RoleResponse.from(await this.queries.execute(new GetRole(name)));
  }
}
