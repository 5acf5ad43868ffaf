import { Profile } from './profile.aggregate';

export const PROFILE_REPOSITORY = Symbol('ProfileRepository');

/** Where profiles are kept, by their user's id. `getById` throws ProfileNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface ProfileRepository {
  getById(userId: string): Promise<Profile>;
  save(profile: Profile): Promise<void>;
}
