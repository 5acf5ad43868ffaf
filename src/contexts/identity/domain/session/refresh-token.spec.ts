import { createHash } from 'node:crypto';
import { RefreshToken } from './refresh-token';

describe('RefreshToken', () => {
  it('is 256 random bits as 43 base64url characters', () => {
    expect(RefreshToken.generate().value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is stored as the SHA-256 of its value, in hex', () => {
    const token = RefreshToken.generate();
    expect(token.hash).toBe(createHash('sha256').update(token.value).digest('hex'));
    expect(token.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(token.hash).not.toContain(token.value);
  });

  it('is different every time', () => {
    const values = new Set(Array.from({ length: 100 }, () => RefreshToken.generate().value));
    expect(values.size).toBe(100);
  });

  it('hashes a presented value the same way every time, so a stored token can be found by it', () => {
    const token = RefreshToken.generate();
    expect(RefreshToken.hashOf(token.value)).toBe(token.hash);
    expect(RefreshToken.hashOf('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
