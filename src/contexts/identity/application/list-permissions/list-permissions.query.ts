import { Query } from '@nestjs/cqrs';
import { SystemRoleName } from '../../domain/role/system-roles';

export interface PermissionEntry {
  name: string;
  description: string;
  /** The system roles that have it (superadmin always, through `*:*`). */
  systemRoles: SystemRoleName[];
}

/** The permission catalog, in its declared order. */
export class ListPermissions extends Query<PermissionEntry[]> {}
