import { isDeepStrictEqual } from 'node:util';
import { AggregateRoot } from '@promenade/ddd';
import { ProfileCreated } from '../events/profile-created.event';
import { ProfileUpdated } from '../events/profile-updated.event';
import { AvatarUrl } from './avatar-url';
import { Bio } from './bio';
import { DisplayName } from './display-name';
import { Locale } from './locale';
import { ProfileVisibility } from './profile-visibility';
import { SocialLinks } from './social-links';
import { Timezone } from './timezone';

/** What a user edits, already checked; optional texts are null when not given. */
export interface ProfileFields {
  displayName: string;
  bio: string | null;
  avatarUrl: string | null;
  locale: string | null;
  timezone: string | null;
  socialLinks: Readonly<Record<string, string>>;
  visibility: ProfileVisibility;
}

/**
 * Values are kept as the checked strings, and restored without checking again: a zone or locale that a
 * later runtime's lists drop must not make a saved profile unreadable.
 */
export interface ProfileState extends ProfileFields {
  /** The owner's user id: one profile per user. */
  id: string;
  version: number;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** A profile as a client sends it, whole (PUT): an absent, null or blank optional text means "none". */
export interface ProfileInput {
  displayName: string;
  bio?: string | null;
  avatarUrl?: string | null;
  locale?: string | null;
  timezone?: string | null;
  socialLinks?: Readonly<Record<string, string>> | null;
  visibility: ProfileVisibility;
}

/** Who asks to read a profile: their user id when they are known, and whether they may read private profiles. */
export interface ProfileReader {
  userId?: string;
  readsPrivate: boolean;
}

/** How a user presents themselves to others; private unless they make it public. */
export class Profile extends AggregateRoot<ProfileState> {
  private constructor(state: ProfileState) {
    super(state);
  }

  /** A user's first profile, made when they register: only a display name, and private (privacy by default). */
  static create(userId: string, displayName: string, now = new Date()): Profile {
    const profile = new Profile({
      id: userId,
      version: 0,
      createdAt: now,
      updatedAt: now,
      displayName: DisplayName.of(displayName).value,
      bio: null,
      avatarUrl: null,
      locale: null,
      timezone: null,
      socialLinks: {},
      visibility: 'private',
    });
    profile.apply(new ProfileCreated({ userId, displayName: profile.displayName, visibility: 'private', createdAt: now.toISOString() }));
    return profile;
  }

  /** Rebuilds a stored profile; no rule is re-run and no event raised. */
  static restore(state: ProfileState): Profile {
    return new Profile(state);
  }

  get userId(): string {
    return this.id;
  }
  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }
  get displayName(): string {
    return this.state.displayName;
  }
  get bio(): string | null {
    return this.state.bio;
  }
  get avatarUrl(): string | null {
    return this.state.avatarUrl;
  }
  get locale(): string | null {
    return this.state.locale;
  }
  get timezone(): string | null {
    return this.state.timezone;
  }
  get socialLinks(): Readonly<Record<string, string>> {
    return this.state.socialLinks;
  }
  get visibility(): ProfileVisibility {
    return this.state.visibility;
  }

  /** A public profile is anyone's to read; a private one only its owner's and a staff reader's. */
  isVisibleTo(reader: ProfileReader): boolean {
    return this.state.visibility === 'public' || reader.userId === this.id || reader.readsPrivate;
  }

  /**
   * Replaces every editable field (PUT). Answers whether anything changed: sending the profile as it is
   * raises no event, so a retried request has no further effect.
   */
  update(input: ProfileInput, now = new Date()): boolean {
    const fields = checkedFields(input);
    const { id: _id, version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...current } = this.state;
    if (isDeepStrictEqual(current, fields)) return false;
    this.state = { ...this.state, ...fields };
    this.apply(new ProfileUpdated({ userId: this.id, ...fields, socialLinks: { ...fields.socialLinks }, updatedAt: now.toISOString() }));
    return true;
  }
}

function checkedFields(input: ProfileInput): ProfileFields {
  return {
    displayName: DisplayName.of(input.displayName).value,
    bio: optional(input.bio, (value) => Bio.of(value).value),
    avatarUrl: optional(input.avatarUrl, (value) => AvatarUrl.of(value).value),
    locale: optional(input.locale, (value) => Locale.of(value).value),
    timezone: optional(input.timezone, (value) => Timezone.of(value).value),
    socialLinks: SocialLinks.of(input.socialLinks ?? {}).links,
    visibility: input.visibility,
  };
}

function optional(value: string | null | undefined, check: (value: string) => string): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : check(value);
}
