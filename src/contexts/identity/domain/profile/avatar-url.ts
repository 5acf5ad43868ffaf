import { ValueObject } from '@promenade/ddd';
import { checkHttpsUrl } from './https-url';
import { ProfileInvalidAvatarUrl } from './profile.errors';

/** Where a user's picture is: an https URL of at most 2048 characters, kept in its normalised form. */
export class AvatarUrl extends ValueObject<{ value: string }> {
  static of(value: string): AvatarUrl {
    const check = checkHttpsUrl(value);
    if (!check.ok) throw new ProfileInvalidAvatarUrl(check.problem);
    return new AvatarUrl({ value: check.href });
  }

  get value(): string {
    return this.props.value;
  }

  override toString(): string {
    return this.props.value;
  }
}
