import { authorizeScrape, MetricsDisabled, MetricsTokenInvalid } from './scrape-authorization';

const TOKEN = 'scrape-token-0123456789abcdef';

describe('authorizeScrape', () => {
  it('lets through the configured bearer token, whatever the case of the scheme', () => {
    expect(() => authorizeScrape(TOKEN, `Bearer ${TOKEN}`)).not.toThrow();
    expect(() => authorizeScrape(TOKEN, `bearer  ${TOKEN}`)).not.toThrow();
  });

  it.each([
    ['no Authorization header', undefined],
    ['an empty one', ''],
    ['another token', 'Bearer another-token-0123456789ab'],
    ['the token with more after it', `Bearer ${TOKEN}x`],
    ['only the start of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token under another scheme', `Basic ${TOKEN}`],
    ['the token without a scheme', TOKEN],
  ])('refuses %s as 401 METRICS_TOKEN_INVALID', (_case, authorization) => {
    expect(() => authorizeScrape(TOKEN, authorization)).toThrow(MetricsTokenInvalid);
    expect(new MetricsTokenInvalid()).toMatchObject({ code: 'METRICS_TOKEN_INVALID', kind: 'unauthenticated' });
  });

  it('answers 404 METRICS_DISABLED when no token is configured, even to a scrape that sends one', () => {
    for (const token of [undefined, '']) {
      expect(() => authorizeScrape(token, `Bearer ${TOKEN}`)).toThrow(MetricsDisabled);
      expect(() => authorizeScrape(token, undefined)).toThrow(MetricsDisabled);
    }
    expect(new MetricsDisabled()).toMatchObject({ code: 'METRICS_DISABLED', kind: 'not_found' });
  });
});
