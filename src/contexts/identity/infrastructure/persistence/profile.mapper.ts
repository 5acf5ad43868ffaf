import { AggregateMapper } from '@promenade/persistence';
import { Profile } from '../../domain/profile.aggregate';
import { ProfileModel } from './profile.model';

export const profileMapper: AggregateMapper<Profile, ProfileModel> = {
  toDomain(model) {
    return Profile.restore({ id: model.id, version: model.version, createdAt: model.createdAt });
  },

  toModel(profile) {
    return Object.assign(new ProfileModel(), { id: profile.id, createdAt: profile.createdAt });
  },
};
