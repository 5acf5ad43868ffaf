import { createHmac, randomInt } from 'node:crypto';
import { Email } from '@promenade/ddd';

/** The rows of `identity.login_decoys`, slots 0 to 4095 (the CreateLoginDecoys migration inserts exactly these). */
export const LOGIN_DECOY_SLOTS = 4096;

/**
 * Which row of `identity.login_decoys` stands in for an address that has no user, so that its refused login locks and
 * writes one row as a real account's does. The slot is a keyed hash of the address's normal form: the same on every
 * instance sharing the secret, so parallel guesses at one unknown address queue on one row lock as those at one account
 * do; keyed, so nobody can work out offline two addresses that share a row (two unknown addresses in one slot queue,
 * two accounts never do). A malformed address has no normal form and no account to stand in for: any slot serves.
 */
export class LoginDecoySlots {
  private readonly key: Buffer;

  /** `secret`: a deployment's secret (the token signing key); the slots use a key derived from it, never the secret itself. */
  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('identity.login_decoys').digest();
  }

  of(email: Email | undefined): number {
    if (!email) return randomInt(LOGIN_DECOY_SLOTS);
    // 4096 divides 2^32, so the remainder is uniform.
    return createHmac('sha256', this.key).update(email.normalized).digest().readUInt32BE(0) % LOGIN_DECOY_SLOTS;
  }
}
