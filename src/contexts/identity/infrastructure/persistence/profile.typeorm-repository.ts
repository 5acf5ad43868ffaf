import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Profile } from '../../domain/profile/profile.aggregate';
import { ProfileNotFound } from '../../domain/profile/profile.errors';
import { ProfileRepository } from '../../domain/profile/profile.repository';
import { profileMapper } from './profile.mapper';
import { ProfileModel } from './profile.model';

@Injectable()
export class ProfileTypeOrmRepository extends TypeOrmAggregateRepository<Profile, ProfileModel> implements ProfileRepository {
  constructor(uow: UnitOfWork) {
    super(uow, ProfileModel, profileMapper);
  }

  async getById(userId: string): Promise<Profile> {
    const profile = await this.findById(userId);
    if (!profile) throw new ProfileNotFound(userId);
    return profile;
  }
}
