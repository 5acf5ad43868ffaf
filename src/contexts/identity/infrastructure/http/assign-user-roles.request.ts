import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';
import { ROLE_NAME_PATTERN } from '../../domain/role/role.aggregate';
import { ROLE_NAME_MESSAGE } from './role-name';

export class AssignUserRolesRequest {
  @ApiProperty({
    type: [String],
    example: ['user', 'support-agent'],
    description: "The user's roles from now on (replacing all), at least one; each must exist and grant only permissions you hold.",
  })
  @IsArray()
  @ArrayMaxSize(32)
  @Matches(ROLE_NAME_PATTERN, { each: true, message: ROLE_NAME_MESSAGE })
  roles!: string[];
}
