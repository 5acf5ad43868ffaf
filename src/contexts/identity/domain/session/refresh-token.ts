import { createHash, randomBytes } from 'node:crypto';

/**
 * An opaque refresh token: 256 random bits, shown to the client once and stored only as its SHA-256
 * (a fast hash suffices for a secret this long; it cannot be guessed from the hash).
 */
export class RefreshToken {
  private constructor(
    readonly value: string,
    readonly hash: string,
  ) {}

  static generate(): RefreshToken {
    const value = randomBytes(32).toString('base64url');
    return new RefreshToken(value, RefreshToken.hashOf(value));
  }

  static hashOf(value: string): string {
    return createHash('sha256').update(value).digest('hex');
  }
}
