import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROLE_DESCRIPTION_MAX_LENGTH } from '../../domain/role.aggregate';

/** What is given replaces what the role has; what is left out stays. */
export class UpdateRoleRequest {
  @ApiPropertyOptional({ example: 'Answers customers and their orders', maxLength: ROLE_DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(ROLE_DESCRIPTION_MAX_LENGTH)
  description?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['users:read', 'orders:read:any'],
    description: 'The whole new set: catalog permissions you hold yourself.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  permissions?: string[];
}
