import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Matches, MaxLength } from 'class-validator';
import { ROLE_DESCRIPTION_MAX_LENGTH, ROLE_NAME_PATTERN } from '../../domain/role/role.aggregate';
import { ROLE_NAME_MESSAGE, ROLE_NAME_SCHEMA } from './role-name';

export class CreateRoleRequest {
  @ApiProperty({ ...ROLE_NAME_SCHEMA, description: 'Unique; the system role names are taken.' })
  @Matches(ROLE_NAME_PATTERN, { message: ROLE_NAME_MESSAGE })
  name!: string;

  @ApiProperty({ example: 'Answers customers: reads their accounts, contacts and orders', maxLength: ROLE_DESCRIPTION_MAX_LENGTH })
  @IsString()
  @MaxLength(ROLE_DESCRIPTION_MAX_LENGTH)
  description!: string;

  @ApiProperty({
    type: [String],
    example: ['users:read', 'contacts:read:any', 'orders:read:any'],
    description: 'Permissions from the catalog (`GET /identity/permissions`), only ones you hold yourself; wildcards are not allowed.',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  permissions!: string[];
}
