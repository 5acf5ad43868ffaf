import { ApiProperty } from '@nestjs/swagger';
import { User } from '../../domain/user.aggregate';

export class UserResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(user: User): UserResponse {
    return { id: user.id, version: user.version, createdAt: user.createdAt.toISOString() };
  }
}
