import { ValueObject } from '@promenade/ddd';
import { checkHttpsUrl } from './https-url';
import { ProfileInvalidSocialLinks } from './profile.errors';

export const SOCIAL_NETWORK_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
export const MAX_SOCIAL_LINKS = 10;

/**
 * Where else to find a user: network name (`github`, `mastodon`) → https URL, at most ten. Kept sorted
 * by network so equal links compare, store and answer the same whatever order they were sent in.
 */
export class SocialLinks extends ValueObject<{ links: Readonly<Record<string, string>> }> {
  static of(links: Readonly<Record<string, string>>): SocialLinks {
    const entries = Object.entries(links);
    if (entries.length > MAX_SOCIAL_LINKS)
      throw new ProfileInvalidSocialLinks(`has at most ${MAX_SOCIAL_LINKS} entries, got ${entries.length}`);
    const checked = entries.map(([network, url]): [string, string] => {
      if (!SOCIAL_NETWORK_PATTERN.test(network)) {
        throw new ProfileInvalidSocialLinks(
          `network ${JSON.stringify(network.slice(0, 64))} must be a lowercase letter then up to 31 lowercase letters, digits or dashes`,
        );
      }
      const check = checkHttpsUrl(url);
      if (!check.ok) throw new ProfileInvalidSocialLinks(check.problem, network);
      return [network, check.href];
    });
    checked.sort(([a], [b]) => (a < b ? -1 : 1));
    return new SocialLinks({ links: Object.freeze(Object.fromEntries(checked)) });
  }

  get links(): Readonly<Record<string, string>> {
    return this.props.links;
  }

  toJSON(): Record<string, string> {
    return { ...this.props.links };
  }
}
