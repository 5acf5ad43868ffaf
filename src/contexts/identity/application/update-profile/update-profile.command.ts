import { Command } from '@nestjs/cqrs';
import { ProfileInput } from '../../domain/profile/profile.aggregate';

/** Replaces the whole of a user's own profile. */
export class UpdateProfile extends Command<void> {
  constructor(
    readonly userId: string,
    readonly profile: ProfileInput,
  ) {
    super();
  }
}
