import { randomUUID } from 'node:crypto';
import { AppConfig } from '@promenade/config';
import { Email } from '@promenade/ddd';
import { MIGRATIONS_GLOB } from '@promenade/persistence';
import { TransactionalCommandBus } from '@promenade/platform';
import { DataSource, QueryRunner } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { LogIn } from '../../src/contexts/identity/application/log-in/log-in.command';
import { RegisterUser } from '../../src/contexts/identity/application/register-user/register-user.command';
import { PASSWORD_HASHER, PasswordHasher } from '../../src/contexts/identity/domain/user/password-hasher';
import { signingKey } from '../../src/contexts/identity/infrastructure/auth/signing-key';
import { LOGIN_DECOY_SLOTS, LoginDecoySlots } from '../../src/contexts/identity/infrastructure/persistence/login-decoys';
import { NormalizeUserEmails1795260000000 } from '../../migrations/identity/1795260000000-NormalizeUserEmails';
import { TEST_PASSWORD } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { startTestApp, TestApp } from '../support/test-app';

const MAX_FAILURES = 5;
const ATTEMPTS = 30;
const WRONG = 'a wrong passphrase, guessed';

/** What only the real PostgreSQL can settle: parallel guesses against the lockout, the work a refusal costs, the email migration. */
describe('Identity login on the real PostgreSQL', () => {
  let database: FreshDatabase;
  let testApp: TestApp;
  let dataSource: DataSource;
  let commands: TransactionalCommandBus;
  /** Each verification against a real hash (not the decoy an unknown address or a locked account gets), in order. */
  let checked: Array<{ userHash: string; password: string }>;
  let onChecked: () => void;
  /** Awaited before every verification, the decoy ones included. */
  let beforeVerify: () => Promise<void>;

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto', LOGIN_MAX_FAILURES: String(MAX_FAILURES) });
    dataSource = testApp.app.get(DataSource);
    commands = testApp.app.get(TransactionalCommandBus);
    // The seam: the application's own hasher, counted; every call still goes through to argon2.
    const hasher = testApp.app.get<PasswordHasher>(PASSWORD_HASHER);
    const verify = hasher.verify.bind(hasher);
    jest.spyOn(hasher, 'verify').mockImplementation(async (hash, password) => {
      await beforeVerify();
      if (hash !== undefined) {
        checked.push({ userHash: hash, password });
        onChecked();
      }
      return verify(hash, password);
    });
  }, 120_000);

  beforeEach(() => {
    checked = [];
    onChecked = () => undefined;
    beforeVerify = async () => undefined;
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await testApp?.close();
    await database?.drop();
  });

  async function register(email = `guessed-${randomUUID()}@example.com`): Promise<{ id: string; email: string }> {
    const { id } = await commands.execute(new RegisterUser(email, TEST_PASSWORD, 'Guessed'));
    return { id, email };
  }

  const logIn = (email: string, password: string) => commands.execute(new LogIn(email, password));

  async function accountOf(id: string): Promise<{ locked: boolean; failedLogins: number; sessions: number }> {
    const [row] = await dataSource.query(
      `SELECT locked_until > now() AS locked, failed_logins AS "failedLogins",
              (SELECT count(*)::int FROM identity.sessions WHERE user_id = $1) AS sessions
       FROM identity.users WHERE id = $1`,
      [id],
    );
    return row;
  }

  it(`${ATTEMPTS} parallel attempts, the right one last: ${MAX_FAILURES} wrong passwords are checked, the right one opens no session, the account ends locked`, async () => {
    const user = await register();
    const lastAllowedChecked = new Promise<void>((resolve) => (onChecked = () => checked.length === MAX_FAILURES && resolve()));

    const wrong = Array.from({ length: ATTEMPTS - 1 }, () => logIn(user.email, WRONG));
    // Sent once the last allowed guess is being checked, while the later guesses still wait their turn.
    await lastAllowedChecked;
    const right = logIn(user.email, TEST_PASSWORD);
    const outcomes = await Promise.all([...wrong, right]);

    expect(outcomes.filter((outcome) => outcome !== undefined)).toEqual([]);
    expect(checked).toHaveLength(MAX_FAILURES);
    expect(checked.every((call) => call.password === WRONG)).toBe(true);
    expect(await accountOf(user.id)).toEqual({ locked: true, failedLogins: 0, sessions: 0 });
  });

  it(`${ATTEMPTS} parallel attempts in any order: never more than ${MAX_FAILURES} wrong passwords checked in a row, a session only for a right one checked before the lock`, async () => {
    const user = await register();
    const passwords = Array.from({ length: ATTEMPTS - 1 }, () => WRONG);
    passwords.splice(Math.floor(Math.random() * ATTEMPTS), 0, TEST_PASSWORD);

    const outcomes = await Promise.all(passwords.map((password) => logIn(user.email, password)));

    // Attempts on one account take turns, so the checks happened in this order.
    const sequence = checked.map((call) => call.password);
    const right = sequence.indexOf(TEST_PASSWORD);
    const opened = outcomes.filter((outcome) => outcome !== undefined).length;
    if (right === -1) {
      expect(sequence).toEqual(Array(MAX_FAILURES).fill(WRONG));
      expect(opened).toBe(0);
    } else {
      // Fewer than the limit before it, then a fresh count after the success, up to the lock.
      expect(right).toBeLessThan(MAX_FAILURES);
      expect(sequence).toEqual([...Array(right).fill(WRONG), TEST_PASSWORD, ...Array(MAX_FAILURES).fill(WRONG)]);
      expect(opened).toBe(1);
    }
    expect(await accountOf(user.id)).toEqual({ locked: true, failedLogins: 0, sessions: opened });
  });

  describe('a refusal costs the same work whether the address exists or not', () => {
    /** The SQL the login's own connection sends (not the relay's or a projection's running meanwhile), parameters left out. */
    async function statementsOf(email: string, password: string): Promise<string[]> {
      const query = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        expect(await logIn(email, password)).toBeUndefined();
        const calls = query.mock.calls.map(([sql], i) => ({ sql: sql.replace(/\s+/g, ' ').trim(), runner: query.mock.contexts[i] }));
        const login = calls.find((call) => /FROM "identity"."users" .* FOR UPDATE/.test(call.sql))?.runner;
        return calls.filter((call) => call.runner === login).map((call) => call.sql);
      } finally {
        query.mockRestore();
      }
    }

    /** The statements with the one UPDATE's table left out: the user's row or the address's decoy row. */
    const shape = (statements: string[]) =>
      statements.map((sql) => sql.replace(/^UPDATE "identity"\."(users|login_decoys)" .*/, 'UPDATE <the locked row>'));
    const updatesOf = (statements: string[]) => statements.filter((sql) => /^UPDATE /.test(sql));

    async function decoyRefusals(): Promise<number> {
      const [row] = await dataSource.query(`SELECT sum(refusals)::int AS refusals FROM identity.login_decoys`);
      return row.refusals;
    }

    it('a wrong password, an unknown address and a malformed one: one lookup locking one row, one verification, one UPDATE of that row', async () => {
      const user = await register();
      const refusalsBefore = await decoyRefusals();

      const existing = await statementsOf(user.email, WRONG);
      const unknown = await statementsOf(`nobody-${randomUUID()}@example.com`, WRONG);
      const malformed = await statementsOf('not an address', WRONG);

      // The same statements in the same transaction: the one lookup (it locks the user's row or, without a user, the
      // address's decoy row), then one UPDATE of the row it locked.
      expect(existing.filter((sql) => /FOR UPDATE/.test(sql))).toHaveLength(1);
      expect(shape(unknown)).toEqual(shape(existing));
      expect(malformed).toEqual(unknown);
      expect(updatesOf(existing)).toEqual([
        expect.stringMatching(/^UPDATE "identity"."users" SET .* WHERE \("id" = \$\d+ AND "version" = \$\d+\)$/),
      ]);
      expect(updatesOf(unknown)).toEqual([expect.stringMatching(/^UPDATE "identity"."login_decoys" SET .* WHERE "slot" = \$1$/)]);
      // Each UPDATE wrote one row.
      expect(await accountOf(user.id)).toMatchObject({ failedLogins: 1 });
      expect(await decoyRefusals()).toBe(refusalsBefore + 2);
      expect(checked).toHaveLength(1);
    });

    it('a locked account: the same statements as an unknown address, and its password is not checked', async () => {
      const user = await register();
      for (let i = 0; i < MAX_FAILURES; i++) await logIn(user.email, WRONG);
      checked = [];

      const locked = await statementsOf(user.email, TEST_PASSWORD);
      const unknown = await statementsOf(`nobody-${randomUUID()}@example.com`, TEST_PASSWORD);

      expect(shape(locked)).toEqual(shape(unknown));
      expect(updatesOf(locked)).toEqual([expect.stringMatching(/^UPDATE "identity"."users" /)]);
      expect(checked).toEqual([]);
    });

    it('parallel guesses at one unknown address take turns on its decoy row, as at an account; another unknown address does not wait', async () => {
      const slots = new LoginDecoySlots(signingKey(testApp.app.get(AppConfig)));
      const address = `nobody-${randomUUID()}@example.com`;
      let other: string;
      do other = `nobody-${randomUUID()}@example.com`;
      while (slots.of(Email.of(other)) === slots.of(Email.of(address)));
      // The first guess stops in its verification, its transaction open and its lock held, until released.
      let verifications = 0;
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const holding = new Promise<void>((resolve) => {
        beforeVerify = async () => {
          if (++verifications > 1) return;
          resolve();
          await released;
        };
      });

      const first = logIn(address, WRONG);
      await holding;
      // Another unknown address locks another row: it is checked and refused meanwhile.
      expect(await logIn(other, WRONG)).toBeUndefined();
      expect(verifications).toBe(2);
      // The same address, spelt otherwise: it waits for the first guess's row lock before its password is checked.
      const second = logIn(address.toUpperCase(), WRONG);
      await until(async () => verifications > 2 || (await waitingForDecoyLock()) > 0);
      expect(verifications).toBe(2);
      release();
      expect(await Promise.all([first, second])).toEqual([undefined, undefined]);
      expect(verifications).toBe(3);
    });

    /** Logins whose lookup waits for another transaction's lock on a decoy row. */
    async function waitingForDecoyLock(): Promise<number> {
      const [row] = await dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%"identity"."login_decoys"%' AND pid <> pg_backend_pid()`,
      );
      return row.waiting;
    }

    it(`the migration makes the ${LOGIN_DECOY_SLOTS} decoy rows the slots name`, async () => {
      const [rows] = await dataSource.query(`SELECT count(*)::int AS count, min(slot) AS min, max(slot) AS max FROM identity.login_decoys`);
      expect(rows).toEqual({ count: LOGIN_DECOY_SLOTS, min: 0, max: LOGIN_DECOY_SLOTS - 1 });
    });
  });

  it('logs in with the very address it registered, İ and a decomposed é included, stored in the one normal form', async () => {
    const suffix = randomUUID().slice(0, 8);
    const dotted = await register(`İvan-${suffix}@example.com`);
    const decomposed = await register(`Jose\u0301-${suffix}@example.com`);

    expect(await logIn(dotted.email, TEST_PASSWORD)).toBeDefined();
    expect(await logIn(`Jos\u00e9-${suffix}@EXAMPLE.com`, TEST_PASSWORD)).toBeDefined();
    const rows: Array<{ email: string }> = await dataSource.query(`SELECT email FROM identity.users WHERE id = ANY($1) ORDER BY email`, [
      [dotted.id, decomposed.id],
    ]);
    expect(rows.map((row) => row.email).sort()).toEqual([`i\u0307van-${suffix}@example.com`, `jos\u00e9-${suffix}@example.com`].sort());
  });

  describe('the NormalizeUserEmails migration', () => {
    let own: FreshDatabase;
    let migrated: DataSource;
    let runner: QueryRunner;
    const migration = new NormalizeUserEmails1795260000000();

    beforeAll(async () => {
      // Its own database, migrated to the end, then taken back to the state before this migration.
      own = await createFreshDatabase();
      migrated = await new DataSource({ type: 'postgres', url: own.url, migrations: [MIGRATIONS_GLOB] }).initialize();
      await migrated.runMigrations();
      runner = migrated.createQueryRunner();
      await migration.down(runner);
    }, 120_000);

    afterAll(async () => {
      await runner?.release();
      await migrated?.destroy();
      await own?.drop();
    });

    const insertUser = (email: string) =>
      runner
        .query(
          `INSERT INTO identity.users (id, version, email, password_hash, status, roles) VALUES ($1, 1, $2, 'hash', 'active', '{user}') RETURNING id`,
          [randomUUID(), email],
        )
        .then(([row]: Array<{ id: string }>) => row.id);

    it('rewrites stored emails and email contact keys to the normal form, and makes the column itself unique', async () => {
      const ivan = await insertUser('İvan@Example.com');
      const jose = await insertUser('Jose\u0301@example.com');
      await runner.query(
        `INSERT INTO identity.contacts (id, version, user_id, type, value, value_key, is_primary) VALUES ($1, 1, $2, 'email', $3, $4, true)`,
        [randomUUID(), jose, 'Jose\u0301@Example.com', 'jose\u0301@example.com'],
      );

      await migration.up(runner);

      const emails: Array<{ id: string; email: string }> = await runner.query(`SELECT id, email FROM identity.users WHERE id = ANY($1)`, [
        [ivan, jose],
      ]);
      expect(Object.fromEntries(emails.map((row) => [row.id, row.email]))).toEqual({
        [ivan]: 'i\u0307van@example.com',
        [jose]: 'jos\u00e9@example.com',
      });
      const [contact] = await runner.query(`SELECT value_key FROM identity.contacts WHERE user_id = $1`, [jose]);
      expect(contact.value_key).toBe('jos\u00e9@example.com');
      await expect(insertUser('jos\u00e9@example.com')).rejects.toThrow(/users_email/);
    });

    it('stops, naming both users, when two stored addresses have one normal form', async () => {
      await migration.down(runner);
      // NFC and NFD of one address: different to the former index, one address to the new rule.
      const first = await insertUser('Ren\u00e9@example.com');
      const second = await insertUser('rene\u0301@example.com');

      await runner.startTransaction();
      try {
        await expect(migration.up(runner)).rejects.toThrow(new RegExp(`${first} and ${second}`));
      } finally {
        await runner.rollbackTransaction();
      }
    });
  });
});

/** Polls (a state, not a time) until `reached`; the test's timeout ends it if it never is. */
async function until(reached: () => Promise<boolean>): Promise<void> {
  while (!(await reached())) await new Promise((resolve) => setTimeout(resolve, 10));
}
