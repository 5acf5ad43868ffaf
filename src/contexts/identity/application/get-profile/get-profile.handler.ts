import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Profile, ProfileReader } from '../../domain/profile/profile.aggregate';
import { ProfileNotFound } from '../../domain/profile/profile.errors';
import { PROFILE_REPOSITORY, ProfileRepository } from '../../domain/profile/profile.repository';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { GetProfile } from './get-profile.query';

@QueryHandler(GetProfile)
export class GetProfileHandler implements IQueryHandler<GetProfile, Profile> {
  constructor(
    @Inject(PROFILE_REPOSITORY) private readonly profiles: ProfileRepository,
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
  ) {}

  async execute({ userId, reader }: GetProfile): Promise<Profile> {
    const profile = await this.profiles.getById(userId);
    // A profile hidden from this reader answers exactly as a missing one: its existence must not leak.
    if (!profile.isVisibleTo(reader) || (await this.withdrawnFrom(reader, userId))) throw new ProfileNotFound(userId);
    return profile;
  }

  /** A suspended or banned user's public profile is withdrawn from the public; its owner and staff still see it. */
  private async withdrawnFrom(reader: ProfileReader, userId: string): Promise<boolean> {
    if (reader.readsPrivate || reader.userId === userId) return false;
    return (await this.users.find(userId))?.status !== 'active';
  }
}
