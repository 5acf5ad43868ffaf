import { ApiProperty } from '@nestjs/swagger';
import { Profile } from '../../domain/profile/profile.aggregate';
import { User } from '../../domain/user/user.aggregate';
import { UserResponse } from './user.response';

/** The signed-in user: the account, and the name it goes by (given at registration, kept in the profile). */
export class AccountResponse extends UserResponse {
  @ApiProperty({ example: 'Ada Lovelace', description: "The profile's display name: the one given at registration until changed." })
  displayName!: string;

  static of(user: User, profile: Profile): AccountResponse {
    return { ...UserResponse.from(user), displayName: profile.displayName };
  }
}
