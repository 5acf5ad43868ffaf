import { ApiPropertyOptional } from '@nestjs/swagger';
import { PatchRequired } from '@promenade/http';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';
import { ROLE_DESCRIPTION_MAX_LENGTH } from '../../domain/role/role.aggregate';

/** What is given replaces what the role has; what is left out stays; null is refused (400): an empty description is `""`. */
export class UpdateRoleRequest {
  @ApiPropertyOptional({ example: 'Answers customers and their orders', maxLength: ROLE_DESCRIPTION_MAX_LENGTH })
  @PatchRequired()
  @IsString()
  @MaxLength(ROLE_DESCRIPTION_MAX_LENGTH)
  description?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['users:read', 'orders:read:any'],
    description: 'The whole new set: catalog permissions you hold yourself.',
  })
  @PatchRequired()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  permissions?: string[];
}
