import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { User } from '../../domain/user/user.aggregate';
import { USER_STATUSES, UserStatus } from '../../domain/user/user-status';

/** A user as administrators see it; never the password hash. */
export class UserResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;

  @ApiProperty({ enum: USER_STATUSES, example: 'active' })
  status!: UserStatus;

  @ApiProperty({ type: [String], example: ['user'] })
  roles!: string[];

  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: null })
  emailVerifiedAt!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    example: null,
    description: 'Set only while failed logins keep the account locked.',
  })
  lockedUntil!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  static from(user: User, now = new Date()): UserResponse {
    return {
      id: user.id,
      email: user.email.value,
      status: user.status,
      roles: [...user.roles],
      emailVerifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
      lockedUntil: user.isLocked(now) ? (user.lockedUntil?.toISOString() ?? null) : null,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
      version: user.version,
    };
  }
}

export const UserPage = PageResponse(UserResponse, 'UserPage');
