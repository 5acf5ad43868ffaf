import { SignUp, SignUps } from '../link-signed-up-user/sign-ups';

/** A unit-test stand-in for crm.sign_ups: a fact recorded once is kept, as the SQL upsert does. */
export class InMemorySignUps implements SignUps {
  private readonly rows = new Map<string, SignUp>();

  async record(userId: string, facts: { email: string; displayName: string } | { emailVerifiedAt: Date }): Promise<SignUp> {
    const before = this.rows.get(userId) ?? { userId, email: null, displayName: null, emailVerifiedAt: null };
    const given = { email: null, displayName: null, emailVerifiedAt: null, ...facts };
    const after: SignUp = {
      userId,
      email: before.email ?? given.email,
      displayName: before.displayName ?? given.displayName,
      emailVerifiedAt: before.emailVerifiedAt ?? given.emailVerifiedAt,
    };
    this.rows.set(userId, after);
    return { ...after };
  }
}
