import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Profile } from '../../domain/profile.aggregate';
import { ProfileNotFound } from '../../domain/profile.errors';
import { PROFILE_REPOSITORY, ProfileRepository } from '../../domain/profile.repository';
import { GetProfile } from './get-profile.query';

@QueryHandler(GetProfile)
export class GetProfileHandler implements IQueryHandler<GetProfile, Profile> {
  constructor(@Inject(PROFILE_REPOSITORY) private readonly profiles: ProfileRepository) {}

  async execute({ userId, reader }: GetProfile): Promise<Profile> {
    const profile = await this.profiles.getById(userId);
    // A profile hidden from this reader answers exactly as a missing one: its existence must not leak.
    if (!profile.isVisibleTo(reader)) throw new ProfileNotFound(userId);
    return profile;
  }
}
