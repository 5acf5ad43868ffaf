import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { ListPermissions } from '../../application/list-permissions/list-permissions.query';
import { PermissionResponse } from './permission.response';

/** The permission catalog: what a custom role may be made of. */
@ApiTags('identity')
@Controller('identity/permissions')
export class PermissionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('permissions:read')
  @ApiOperation({ summary: 'List every permission, what it allows and which system roles have it' })
  @ApiOkResponse({ type: [PermissionResponse] })
  async list(): Promise<PermissionResponse[]> {
    const entries = await this.queries.execute(new ListPermissions());
    return entries.map((entry) => PermissionResponse.from(entry));
  }
}
