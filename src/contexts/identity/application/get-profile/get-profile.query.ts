import { Query } from '@nestjs/cqrs';
import { Profile, ProfileReader } from '../../domain/profile/profile.aggregate';

/** A user's profile, if `reader` may see it. */
export class GetProfile extends Query<Profile> {
  constructor(
    readonly userId: string,
    readonly reader: ProfileReader,
  ) {
    super();
  }
}
