import { Profile } from './profile.aggregate';

export const PROFILE_REPOSITORY = Symbol('ProfileRepository');

/** Where profiles are kept. `getById` throws ProfileNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface ProfileRepository {
  getById(id: string): Promise<Profile>;
  save(profile: Profile): Promise<void>;
}
