import { domainError } from '@promenade/ddd';

/** A client's value as the message echoes it: quoted, and cut short so a huge input is not sent back whole. */
const quoted = (value: string): string => JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}…` : value);

/** Also the answer for a private profile the caller may not read: whether it exists must not leak. */
export class ProfileNotFound extends domainError('PROFILE_NOT_FOUND', 'not_found') {
  constructor(userId: string) {
    super(`user ${userId} has no profile you can read`);
  }
}

export class ProfileInvalidDisplayName extends domainError('PROFILE_INVALID_DISPLAY_NAME', 'invalid') {
  constructor(reason: string) {
    super(`displayName ${reason}`);
  }
}

export class ProfileInvalidBio extends domainError('PROFILE_INVALID_BIO', 'invalid') {
  constructor(reason: string) {
    super(`bio ${reason}`);
  }
}

export class ProfileInvalidAvatarUrl extends domainError('PROFILE_INVALID_AVATAR_URL', 'invalid') {
  constructor(reason: string) {
    super(`avatarUrl ${reason}`);
  }
}

export class ProfileInvalidLocale extends domainError('PROFILE_INVALID_LOCALE', 'invalid') {
  constructor(value: string) {
    super(`locale ${quoted(value)} is not a BCP 47 language tag of at most 35 characters (e.g. "en-GB", "pt-BR")`);
  }
}

export class ProfileInvalidTimezone extends domainError('PROFILE_INVALID_TIMEZONE', 'invalid') {
  constructor(value: string) {
    super(`timezone ${quoted(value)} is not a known IANA time zone (e.g. "Europe/Paris", "UTC")`);
  }
}

export class ProfileInvalidSocialLinks extends domainError('PROFILE_INVALID_SOCIAL_LINKS', 'invalid') {
  constructor(reason: string, network?: string) {
    super(network === undefined ? `socialLinks ${reason}` : `socialLinks.${network} ${reason}`);
  }
}
