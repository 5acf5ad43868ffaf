import { DomainEvent } from '@promenade/ddd';
import { Profile } from '../../domain/profile.aggregate';
import { ProfileNotFound } from '../../domain/profile.errors';
import { ProfileRepository } from '../../domain/profile.repository';

/** A unit-test stand-in for the profile store: keeps a copy of each saved profile and collects the events it would publish. */
export class InMemoryProfileRepository implements ProfileRepository {
  readonly published: DomainEvent[] = [];
  saves = 0;
  private readonly profiles = new Map<string, Profile>();

  constructor(...stored: Profile[]) {
    for (const profile of stored) this.profiles.set(profile.id, copyOf(profile));
  }

  async getById(userId: string): Promise<Profile> {
    const stored = this.profiles.get(userId);
    if (!stored) throw new ProfileNotFound(userId);
    return copyOf(stored);
  }

  async save(profile: Profile): Promise<void> {
    this.saves += 1;
    this.published.push(...profile.pullEvents());
    profile.markPersisted(profile.version + 1);
    this.profiles.set(profile.id, copyOf(profile));
  }
}

function copyOf(profile: Profile): Profile {
  return Profile.restore({
    id: profile.id,
    version: profile.version,
    createdAt: profile.createdAt,
    displayName: profile.displayName,
    bio: profile.bio,
    avatarUrl: profile.avatarUrl,
    locale: profile.locale,
    timezone: profile.timezone,
    socialLinks: profile.socialLinks,
    visibility: profile.visibility,
  });
}
