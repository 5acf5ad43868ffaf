import { SocialLinks } from './social-links';

const links = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`net-${i}`, `https://example.com/${i}`]));

describe('SocialLinks', () => {
  it('keeps the links sorted by network, each URL normalised', () => {
    const social = SocialLinks.of({ mastodon: 'https://mathstodon.xyz/@ada', github: 'https://GitHub.com/ada' });
    expect(Object.entries(social.links)).toEqual([
      ['github', 'https://github.com/ada'],
      ['mastodon', 'https://mathstodon.xyz/@ada'],
    ]);
  });

  it('compares equal whatever order the links were given in', () => {
    expect(
      SocialLinks.of({ a: 'https://a.example/', b: 'https://b.example/' }).equals(
        SocialLinks.of({ b: 'https://b.example/', a: 'https://a.example/' }),
      ),
    ).toBe(true);
  });

  it('allows none, and up to ten', () => {
    expect(SocialLinks.of({}).toJSON()).toEqual({});
    expect(Object.keys(SocialLinks.of(links(10)).links)).toHaveLength(10);
  });

  it.each([
    ['eleven links', links(11), 'socialLinks has at most 10 entries, got 11'],
    ['a capitalised network', { GitHub: 'https://github.com/ada' }, 'must be a lowercase letter'],
    ['a network starting with a digit', { '9gag': 'https://9gag.com/u/ada' }, 'must be a lowercase letter'],
    ['a network longer than 32 characters', { ['a'.repeat(33)]: 'https://example.com/' }, 'must be a lowercase letter'],
    ['an http URL', { github: 'http://github.com/ada' }, 'socialLinks.github must be an https:// URL'],
  ])('refuses %s with PROFILE_INVALID_SOCIAL_LINKS', (_case, value, message) => {
    expect(() => SocialLinks.of(value)).toThrow(
      expect.objectContaining({ code: 'PROFILE_INVALID_SOCIAL_LINKS', kind: 'invalid', message: expect.stringContaining(message) }),
    );
  });

  it('allows a network of exactly 32 characters with digits and dashes', () => {
    expect(SocialLinks.of({ [`a-1${'b'.repeat(29)}`]: 'https://example.com/' }).links).toHaveProperty(`a-1${'b'.repeat(29)}`);
  });
});
