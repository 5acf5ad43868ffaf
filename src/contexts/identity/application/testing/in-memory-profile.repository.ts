import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Profile, ProfileState } from '../../domain/profile/profile.aggregate';
import { ProfileNotFound } from '../../domain/profile/profile.errors';
import { ProfileRepository } from '../../domain/profile/profile.repository';

/** A unit-test stand-in for the profile store, by user id; counts the saves asked for, refused ones included. */
export class InMemoryProfileRepository extends InMemoryAggregateRepository<Profile, ProfileState> implements ProfileRepository {
  saves = 0;

  constructor(...stored: Profile[]) {
    super(Profile.restore);
    this.seed(...stored);
  }

  async getById(userId: string): Promise<Profile> {
    const stored = this.stored(userId);
    if (!stored) throw new ProfileNotFound(userId);
    return stored;
  }

  override async save(profile: Profile): Promise<void> {
    this.saves += 1;
    await super.save(profile);
  }
}
