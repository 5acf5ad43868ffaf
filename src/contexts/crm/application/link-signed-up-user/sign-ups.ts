export const SIGN_UPS = Symbol('SignUps');

/**
 * What CRM has heard of a user's sign-up, from Identity's events in whichever order they arrived: the
 * address and name they registered with (null until identity.user-registered is handled) and when that
 * address was verified (null until identity.user-email-verified is).
 */
export interface SignUp {
  userId: string;
  email: string | null;
  displayName: string | null;
  emailVerifiedAt: Date | null;
}

/** Where sign-ups are kept until their user is linked to a customer (and after: a redelivery finds it there). */
export interface SignUps {
  /**
   * Adds what one event says to the user's sign-up, atomically (two events handled at once both land),
   * and answers the sign-up as it now stands. A fact already recorded is kept: redelivery changes nothing.
   */
  record(userId: string, facts: { email: string; displayName: string } | { emailVerifiedAt: Date }): Promise<SignUp>;
}
