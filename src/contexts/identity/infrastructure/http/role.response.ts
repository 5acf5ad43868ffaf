import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { Role } from '../../domain/role/role.aggregate';
import { ROLE_NAME_SCHEMA } from './role-name';

export class RoleResponse {
  @ApiProperty({ ...ROLE_NAME_SCHEMA, description: 'The key: users hold role names.' })
  name!: string;

  @ApiProperty({ example: 'Answers customers: reads their accounts, contacts and orders' })
  description!: string;

  @ApiProperty({ type: [String], example: ['contacts:read:any', 'orders:read:any', 'users:read'], description: 'Sorted.' })
  permissions!: string[];

  @ApiProperty({ example: false, description: 'One of the seven built-in roles, which cannot be changed or deleted.' })
  isSystem!: boolean;

  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'null for a system role.' })
  createdAt!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: '2026-01-02T14:05:00.000Z',
    description: 'When the last change was saved; null for a system role.',
  })
  updatedAt!: string | null;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; 0 for a system role.' })
  version!: number;

  static from(role: Role): RoleResponse {
    return {
      name: role.name,
      description: role.description,
      permissions: [...role.permissions],
      isSystem: role.isSystem,
      createdAt: role.createdAt?.toISOString() ?? null,
      updatedAt: role.updatedAt?.toISOString() ?? null,
      version: role.version,
    };
  }
}

export const RolePage = PageResponse(RoleResponse, 'RolePage');
