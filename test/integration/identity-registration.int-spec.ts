import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SessionPruner } from '../../src/contexts/identity/infrastructure/persistence/session-pruner';
import { signUp, TEST_PASSWORD } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { startTestApp, TestApp } from '../support/test-app';

/** What only the real PostgreSQL can settle: racing registrations of one address, and pruning sessions. */
describe('Identity on the real PostgreSQL: registration races and session pruning', () => {
  let database: FreshDatabase;
  let testApp: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto' });
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
  });

  const register = (email: string) =>
    fetch(`${testApp.url}/api/v1/identity/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD, displayName: 'Racer' }),
    });

  it('eight registrations of one address at once: one account (201), every other answer 409 EMAIL_ALREADY_REGISTERED, never 500', async () => {
    const email = `racer-${randomUUID()}@example.com`;
    // Different cases of one address: one normal form, which the unique index is on.
    const responses = await Promise.all(Array.from({ length: 8 }, (_, i) => register(i % 2 ? email.toUpperCase() : email)));
    expect(responses.map((response) => response.status).sort()).toEqual([201, ...Array(7).fill(409)]);
    const refused = await Promise.all(
      responses.filter((response) => response.status === 409).map((response) => response.json() as Promise<{ code: string }>),
    );
    expect(refused.map((problem) => problem.code)).toEqual(Array(7).fill('EMAIL_ALREADY_REGISTERED'));
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM identity.users WHERE email = $1`, [email.toLowerCase()]);
    expect(n).toBe(1);
  });

  it('racing creations of one role or one contact still answer 409 with their own codes (the same index check serves them)', async () => {
    const admin = await signUp(testApp, { roles: ['admin'] });
    const post = (path: string, body: unknown) =>
      fetch(`${testApp.url}/api/v1/identity${path}`, {
        method: 'POST',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    const roleName = `racer-${randomBytes(3).toString('hex')}`;
    const roles = await Promise.all(
      Array.from({ length: 4 }, () => post('/roles', { name: roleName, description: '', permissions: ['users:read'] })),
    );
    expect(roles.map((response) => response.status).sort()).toEqual([201, 409, 409, 409]);
    for (const response of roles.filter((r) => r.status === 409))
      expect(((await response.json()) as { code: string }).code).toBe('ROLE_NAME_TAKEN');

    const contacts = await Promise.all(Array.from({ length: 4 }, () => post('/contacts', { type: 'email', value: 'racer@example.com' })));
    expect(contacts.map((response) => response.status).sort()).toEqual([201, 409, 409, 409]);
    // Whichever unique index the losers hit first: the same value (a duplicate) or the first one becoming primary (a conflict).
    for (const response of contacts.filter((r) => r.status === 409))
      expect(['CONTACT_DUPLICATE', 'CONCURRENCY_CONFLICT']).toContain(((await response.json()) as { code: string }).code);
  });

  it('prunes sessions whose token has expired, revoked or not, and keeps live ones usable', async () => {
    const user = await signUp(testApp); // its login is a live session
    const insertSession = async (expiresAt: string, revoked: boolean): Promise<string> => {
      const id = randomUUID();
      await dataSource.query(
        `INSERT INTO identity.sessions (id, version, user_id, epoch, token_hash, token_expires_at, revoked_at) VALUES ($1, 1, $2, 0, $3, now() + $4::interval, $5)`,
        [id, user.userId, randomBytes(32).toString('hex'), expiresAt, revoked ? new Date() : null],
      );
      return id;
    };
    const expired = await insertSession('-1 minute', false);
    const expiredRevoked = await insertSession('-1 day', true);
    const revokedNotYetExpired = await insertSession('1 day', true);

    // Built here rather than taken from the app, so the test runs it exactly now.
    const removed = await new SessionPruner(dataSource).prune();

    expect(removed).toBeGreaterThanOrEqual(2);
    const remaining: Array<{ id: string }> = await dataSource.query(`SELECT id FROM identity.sessions WHERE user_id = $1`, [user.userId]);
    const ids = remaining.map((row) => row.id);
    expect(ids).not.toContain(expired);
    expect(ids).not.toContain(expiredRevoked);
    expect(ids).toContain(revokedNotYetExpired);
    expect(ids).toHaveLength(2);
    const refreshed = await fetch(`${testApp.url}/api/v1/identity/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: user.refreshToken }),
    });
    expect(refreshed.status).toBe(200);
  });
});
