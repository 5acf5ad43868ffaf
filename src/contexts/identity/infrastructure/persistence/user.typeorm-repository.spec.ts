import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { AppConfig } from '@promenade/config';
import { UnitOfWork } from '@promenade/persistence';
import { DataSource, Logger } from 'typeorm';
import { CreateIdentitySchema1795244086242 } from '../../../../../migrations/identity/1795244086242-CreateIdentitySchema';
import { CreateUsers1795244087074 } from '../../../../../migrations/identity/1795244087074-CreateUsers';
import { UserModel } from './user.model';
import { UserTypeOrmRepository } from './user.typeorm-repository';
import { PrincipalCache } from '../auth/principal-cache';

/** Every statement TypeORM sends, with its parameters, so a test can ask PostgreSQL how it plans them. */
class CapturingLogger implements Logger {
  readonly queries: Array<{ query: string; parameters: unknown[] }> = [];
  logQuery(query: string, parameters?: unknown[]): void {
    this.queries.push({ query, parameters: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** The user table exactly as the migrations make it (with its GIN index on roles), in an in-memory PostgreSQL. */
describe('UserTypeOrmRepository on PostgreSQL (PGlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'promenade-users-'));
  const logger = new CapturingLogger();
  let db: PGlite;
  let server: PGLiteSocketServer;
  let dataSource: DataSource;
  let users: UserTypeOrmRepository;

  beforeAll(async () => {
    db = new PGlite();
    server = new PGLiteSocketServer({ db, path: join(dir, '.s.PGSQL.5432') });
    await server.start();
    dataSource = new DataSource({
      type: 'postgres',
      host: dir,
      port: 5432,
      username: 'postgres',
      database: 'postgres',
      entities: [UserModel],
      logger,
      extra: { max: 1 },
    });
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    await new CreateIdentitySchema1795244086242().up(runner);
    await new CreateUsers1795244087074().up(runner);
    await runner.release();
    const config = Object.assign(new AppConfig(), { JWT_SECRET: 'a test secret of at least 32 characters' });
    users = new UserTypeOrmRepository(
      new UnitOfWork(dataSource, { append: async () => undefined, committed: () => undefined }),
      config,
      new PrincipalCache(config),
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await server?.stop();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function stored(id: string, roles: string[]): Promise<void> {
    await dataSource.query(
      `INSERT INTO identity.users (id, version, email, password_hash, status, roles) VALUES ($1, 1, $2, 'hash', 'active', $3)`,
      [id, `${id.slice(-4)}@example.com`, roles],
    );
  }

  it('lists the users holding a role, among others, newest first, with their count', async () => {
    await stored('0190a5b0-7c4e-7d2a-9b3c-1d2e3f400001', ['user']);
    await stored('0190a5b0-7c4e-7d2a-9b3c-1d2e3f400002', ['user', 'manager']);
    await stored('0190a5b0-7c4e-7d2a-9b3c-1d2e3f400003', ['admin']);
    await stored('0190a5b0-7c4e-7d2a-9b3c-1d2e3f400004', ['manager']);

    const managers = await users.findPage({ role: 'manager' }, 0, 10);

    expect(managers.total).toBe(2);
    expect(managers.items.map((user) => user.id)).toEqual(['0190a5b0-7c4e-7d2a-9b3c-1d2e3f400004', '0190a5b0-7c4e-7d2a-9b3c-1d2e3f400002']);
    expect((await users.findPage({ role: 'manager' }, 1, 1)).items.map((user) => user.id)).toEqual([
      '0190a5b0-7c4e-7d2a-9b3c-1d2e3f400002',
    ]);
    expect(await users.findPage({ role: 'nobody-has-it' }, 0, 10)).toEqual({ items: [], total: 0 });
  });

  it('filters on the role through the GIN index on roles, not a scan of every user', async () => {
    logger.queries.length = 0;
    await users.findPage({ role: 'manager' }, 0, 10);
    const filtered = logger.queries.filter(({ query }) => query.includes('roles'));
    expect(filtered.length).toBeGreaterThan(0);

    const runner = dataSource.createQueryRunner();
    try {
      // Plain index and sequential scans off: what remains possible is a bitmap scan on an index the filter can use.
      await runner.query('SET enable_seqscan = off');
      await runner.query('SET enable_indexscan = off');
      for (const { query, parameters } of filtered) {
        const plan = (await runner.query(`EXPLAIN ${query}`, parameters)) as Array<{ 'QUERY PLAN': string }>;
        expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('Bitmap Index Scan on users_roles');
      }
    } finally {
      await runner.query('RESET ALL');
      await runner.release();
    }
  });
});
