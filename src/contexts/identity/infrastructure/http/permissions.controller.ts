import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { Page } from '@promenade/ddd';
import { ApiProblems, PageQuery, pageOf } from '@promenade/http';
import { ListPermissions } from '../../application/list-permissions/list-permissions.query';
import { PermissionPage, PermissionResponse } from './permission.response';

/** The permission catalog: what a custom role may be made of. */
@ApiTags('identity')
@Controller('identity/permissions')
export class PermissionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('permissions:read')
  @ApiOperation({ summary: 'List every permission, what it allows and which system roles have it' })
  @ApiOkResponse({ type: PermissionPage })
  @ApiProblems(400)
  async listPermissions(@Query() query: PageQuery): Promise<Page<PermissionResponse>> {
    const page = pageOf(await this.queries.execute(new ListPermissions()), query);
    return { ...page, items: page.items.map((entry) => PermissionResponse.from(entry)) };
  }
}
