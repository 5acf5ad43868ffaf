import { bearerToken } from './bearer-token';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl';

describe('bearerToken', () => {
  it('reads the token of a Bearer header, scheme in any case, one or more spaces', () => {
    expect(bearerToken(`Bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerToken(`bearer  ${TOKEN}`)).toBe(TOKEN);
  });

  it('takes nothing from another scheme, a missing header or a value that is not a token68', () => {
    expect(bearerToken(`Basic ${TOKEN}`)).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Bearer two words')).toBeUndefined();
  });
});
