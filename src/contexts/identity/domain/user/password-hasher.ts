export const PASSWORD_HASHER = Symbol('PasswordHasher');

/** One-way password storage (argon2id in infrastructure). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** Whether `password` matches `hash`; for an unknown user pass undefined, which still costs one verification. */
  verify(hash: string | undefined, password: string): Promise<boolean>;
}
