import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { PermissionEntry } from '../../application/list-permissions/list-permissions.query';
import { SYSTEM_ROLES } from '../../domain/role/system-roles';

export class PermissionResponse {
  @ApiProperty({ example: 'orders:read:any', description: "`resource:action`, or `resource:action:any` for anybody's, not only your own." })
  name!: string;

  @ApiProperty({ example: "Read anybody's orders" })
  description!: string;

  @ApiProperty({
    enum: Object.keys(SYSTEM_ROLES),
    isArray: true,
    example: ['superadmin', 'admin', 'manager'],
    description: 'The system roles that have it.',
  })
  systemRoles!: string[];

  static from(entry: PermissionEntry): PermissionResponse {
    return { name: entry.name, description: entry.description, systemRoles: [...entry.systemRoles] };
  }
}

export const PermissionPage = PageResponse(PermissionResponse, 'PermissionPage');
