import { AggregateMapper } from '@promenade/persistence';
import { Profile } from '../../domain/profile/profile.aggregate';
import { ProfileModel } from './profile.model';

export const profileMapper: AggregateMapper<Profile, ProfileModel> = {
  toDomain(model) {
    return Profile.restore({
      id: model.id,
      version: model.version,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
      displayName: model.displayName,
      bio: model.bio,
      avatarUrl: model.avatarUrl,
      locale: model.locale,
      timezone: model.timezone,
      socialLinks: model.socialLinks,
      visibility: model.visibility,
    });
  },

  toModel(profile) {
    return Object.assign(new ProfileModel(), {
      id: profile.id,
      createdAt: profile.createdAt,
      displayName: profile.displayName,
      bio: profile.bio,
      avatarUrl: profile.avatarUrl,
      locale: profile.locale,
      timezone: profile.timezone,
      socialLinks: { ...profile.socialLinks },
      visibility: profile.visibility,
    });
  },
};
