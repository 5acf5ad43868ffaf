import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PROFILE_REPOSITORY, ProfileRepository } from '../../domain/profile/profile.repository';
import { UpdateProfile } from './update-profile.command';

@CommandHandler(UpdateProfile)
export class UpdateProfileHandler implements ICommandHandler<UpdateProfile, void> {
  constructor(@Inject(PROFILE_REPOSITORY) private readonly profiles: ProfileRepository) {}

  async execute({ userId, profile: input }: UpdateProfile): Promise<void> {
    const profile = await this.profiles.getById(userId);
    // An unchanged profile is not saved: its version stays, and a retried PUT has no further effect.
    if (profile.update(input)) await this.profiles.save(profile);
  }
}
