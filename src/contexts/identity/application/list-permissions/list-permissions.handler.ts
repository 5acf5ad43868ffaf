import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PERMISSIONS } from '../../domain/role/permission-catalog';
import { systemRolesGranting } from '../../domain/role/permission-coverage';
import { ListPermissions, PermissionEntry } from './list-permissions.query';

@QueryHandler(ListPermissions)
export class ListPermissionsHandler implements IQueryHandler<ListPermissions, PermissionEntry[]> {
  async execute(_query: ListPermissions): Promise<PermissionEntry[]> {
    return Object.entries(PERMISSIONS).map(([name, description]) => ({ name, description, systemRoles: systemRolesGranting(name) }));
  }
}
