import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ROLE_NAME_PATTERN } from '../../domain/role/role.aggregate';
import { USER_STATUSES, UserStatus } from '../../domain/user/user-status';
import { ROLE_NAME_MESSAGE } from './role-name';

export class ListUsersRequest extends PageQuery {
  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @ApiPropertyOptional({ example: 'manager', description: 'Users who hold this role.' })
  @IsOptional()
  @Matches(ROLE_NAME_PATTERN, { message: ROLE_NAME_MESSAGE })
  role?: string;

  @ApiPropertyOptional({ example: 'example.com', description: 'Part of the email address, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;
}
