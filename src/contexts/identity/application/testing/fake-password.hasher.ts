import { PasswordHasher } from '../../domain/user/password-hasher';

/** A transparent stand-in for argon2: `hashed:<password>`, and a record of every verification asked for. */
export class FakePasswordHasher implements PasswordHasher {
  readonly verified: Array<{ hash: string | undefined; password: string }> = [];
  readonly hashed: string[] = [];

  async hash(password: string): Promise<string> {
    this.hashed.push(password);
    return `hashed:${password}`;
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    this.verified.push({ hash, password });
    return hash === `hashed:${password}`;
  }
}
