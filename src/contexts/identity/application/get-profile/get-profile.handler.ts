import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Profile } from '../../domain/profile.aggregate';
import { PROFILE_REPOSITORY, ProfileRepository } from '../../domain/profile.repository';
import { GetProfile } from './get-profile.query';

@QueryHandler(GetProfile)
export class GetProfileHandler implements IQueryHandler<GetProfile, Profile> {
  constructor(@Inject(PROFILE_REPOSITORY) private readonly profiles: ProfileRepository) {}

  execute({ profileId }: GetProfile): Promise<Profile> {
    return this.profiles.getById(profileId);
  }
}
