import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Profile } from '../../domain/profile.aggregate';
import { ProfileNotFound } from '../../domain/profile.errors';
import { ProfileRepository } from '../../domain/profile.repository';
import { profileMapper } from './profile.mapper';
import { ProfileModel } from './profile.model';

@Injectable()
export class ProfileTypeOrmRepository extends TypeOrmAggregateRepository<Profile, ProfileModel> implements ProfileRepository {
  constructor(uow: UnitOfWork) {
    super(uow, ProfileModel, profileMapper);
  }

  async getById(id: string): Promise<Profile> {
    const profile = await this.findById(id);
    if (!profile) throw new ProfileNotFound(id);
    return profile;
  }
}
