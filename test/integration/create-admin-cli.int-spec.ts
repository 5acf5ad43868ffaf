import { logIn } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { exited, runTs } from '../support/service-process';
import { startTestApp, TEST_JWT_SECRET, TestApp } from '../support/test-app';

/** The bootstrap against a real PostgreSQL: no credentials built in, an administrator made by the operator. */
describe('npm run cli -- create-admin', () => {
  let database: FreshDatabase;
  let testApp: TestApp;
  const email = 'root@example.com';
  const password = 'a long administrator passphrase';

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto' });
  });

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
  });

  async function cli(args: string[], input?: string): Promise<{ code: number | null; output: string }> {
    const child = runTs(
      'scripts/cli.ts',
      ['create-admin', ...args],
      { DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET },
      undefined,
      input,
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const { code } = await exited(child);
    return { code, output };
  }

  it('creates a superadmin who can then log in and administer users', async () => {
    const made = await cli(['--email', email, '--password', password]);
    expect(made).toMatchObject({ code: 0 });
    expect(JSON.parse(made.output)).toMatchObject({ email, created: true, status: 'active' });
    const admin = await logIn(testApp, email, password);
    const users = await fetch(`${testApp.url}/api/v1/identity/users?role=superadmin`, { headers: admin.headers });
    expect(users.status).toBe(200);
    expect(await users.json()).toMatchObject({ total: 1, items: [{ email, roles: ['superadmin', 'user'] }] });
  });

  it('refuses to promote an existing account without its own password, changing nothing', async () => {
    const registered = await fetch(`${testApp.url}/api/v1/identity/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'squatter@example.com', password: 'the squatter passphrase', displayName: 'Squatter' }),
    });
    expect(registered.status).toBe(201);
    const refused = await cli(['--email', 'squatter@example.com', '--password', password]);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/password given is not its password: nothing was changed/);
    const squatter = await logIn(testApp, 'squatter@example.com', 'the squatter passphrase');
    expect((await fetch(`${testApp.url}/api/v1/identity/users`, { headers: squatter.headers })).status).toBe(403);
  });

  it('reads the password from stdin with --password-stdin, and promotes an account whose password it is', async () => {
    const promoted = await cli(['--email', 'squatter@example.com', '--password-stdin'], 'the squatter passphrase\n');
    expect(promoted).toMatchObject({ code: 0 });
    expect(JSON.parse(promoted.output)).toMatchObject({ created: false, status: 'active' });
    const admin = await logIn(testApp, 'squatter@example.com', 'the squatter passphrase');
    expect((await fetch(`${testApp.url}/api/v1/identity/users`, { headers: admin.headers })).status).toBe(200);
  });
});
