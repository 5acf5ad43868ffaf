import { ChildProcess, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { exited, freePort, runTs, waitForOutput } from '../support/service-process';

const ROOT = join(__dirname, '../..');
/** The whole unit + e2e suite of the copy: about 5 minutes on a quiet 2-core machine, twice that under load. */
const SUITE_TIMEOUT_MS = 20 * 60_000;
// test/support: the bench scripts start services with the same helpers the tests use.
const COPY = [
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'nest-cli.json',
  'jest.config.js',
  'eslint.config.mjs',
  '.dependency-cruiser.js',
  '.prettierrc.json',
  '.prettierignore',
  '.env.example',
  'src',
  'libs',
  'migrations',
  'scripts',
  'test/support',
  'test/e2e',
  // Read by tests: the README's permission table, the docs' links.
  'README.md',
  'docs',
];

/** `nest g …` in a fresh copy of the project, checked the way a developer would: build, lint, architecture, tests, run. */
describe('nest generate, in a fresh copy of the project', () => {
  let project: string;

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'promenade-gen-'));
    for (const entry of COPY)
      cpSync(join(ROOT, entry), join(project, entry), { recursive: true, filter: (src) => !/(^|\/)dist(\/|$)/.test(src) });
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  });

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  const nest = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'), 'g', ...args], { cwd: project, encoding: 'utf8' });
  /** Runs a tool in the copy; a failure shows what the tool printed, not only its exit code. */
  const run = (command: string, args: string[]) => {
    try {
      return execFileSync(command, args, { cwd: project, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`.slice(0, 20_000));
    }
  };
  const file = (path: string) => readFileSync(join(project, path), 'utf8');
  const post = (url: string, body: object) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  /** Logs in through Identity and answers the header the generated routes want. */
  const bearer = async (base: string, credentials: { email: string; password: string }) => {
    const login = await post(`${base}/api/v1/identity/auth/login`, credentials);
    expect(login.status).toBe(200);
    return { authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
  };
  /** The exit code of a process run to its end, with what it printed (shown when an expectation on it fails). */
  const finished = async (child: ChildProcess) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const { code } = await exited(child);
    return { code, output };
  };
  const snapshot = (): string[] => {
    const walk = (dir: string): string[] =>
      readdirSync(join(project, dir)).flatMap((name) => {
        const path = join(dir, name);
        return statSync(join(project, path)).isDirectory() ? walk(path) : [`${path}:${statSync(join(project, path)).size}`];
      });
    return [...walk('src'), ...walk('migrations')].sort();
  };

  const generations: Array<{ args: string[]; creates: string[] }> = [
    { args: ['context', 'loyalty'], creates: ['src/contexts/loyalty/loyalty.module.ts', 'src/contexts/loyalty/README.md'] },
    {
      args: ['aggregate', 'voucher', 'loyalty'],
      creates: [
        'src/contexts/loyalty/domain/voucher/voucher.aggregate.ts',
        'src/contexts/loyalty/domain/voucher/voucher.repository.ts',
        'src/contexts/loyalty/infrastructure/persistence/voucher.typeorm-repository.ts',
        'src/contexts/loyalty/application/testing/in-memory-voucher.repository.ts',
        'src/contexts/loyalty/application/testing/voucher-repository.contract.ts',
        'test/integration/loyalty-voucher.repository.int-spec.ts',
      ],
    },
    { args: ['value-object', 'voucher-number', 'loyalty'], creates: ['src/contexts/loyalty/domain/voucher/voucher-number.ts'] },
    { args: ['value-object', 'tax-rate', 'loyalty'], creates: ['src/contexts/loyalty/domain/tax-rate.ts'] },
    {
      args: ['command', 'create-voucher', 'loyalty'],
      creates: [
        'src/contexts/loyalty/application/create-voucher/create-voucher.handler.ts',
        'src/contexts/loyalty/infrastructure/http/vouchers.controller.ts',
      ],
    },
    {
      args: ['command', 'issue-voucher', 'loyalty'],
      creates: [
        'src/contexts/loyalty/application/issue-voucher/issue-voucher.handler.ts',
        'src/contexts/loyalty/domain/events/voucher-issued.event.ts',
      ],
    },
    { args: ['query', 'get-voucher', 'loyalty'], creates: ['src/contexts/loyalty/application/get-voucher/get-voucher.handler.ts'] },
    { args: ['event', 'voucher-paid', 'loyalty'], creates: ['src/contexts/loyalty/domain/events/voucher-paid.event.ts'] },
    {
      args: ['published-event', 'voucher-settled', 'loyalty'],
      creates: [
        'src/contexts/loyalty/domain/events/voucher-settled.event.ts',
        'src/contexts/loyalty/contracts/voucher-settled.contract.ts',
        'src/contexts/loyalty/application/publications/publish-voucher-settled.ts',
      ],
    },
    {
      args: ['event-handler', 'loyalty.open-voucher', 'ordering.order-placed'],
      creates: ['src/contexts/loyalty/application/on-order-placed/open-voucher.on-order-placed.ts'],
    },
    {
      args: ['aggregate', 'voucher-line', 'loyalty'],
      creates: [
        'src/contexts/loyalty/domain/voucher-line/voucher-line.aggregate.ts',
        'src/contexts/loyalty/domain/events/voucher-line-created.event.ts',
      ],
    },
    {
      args: ['command', 'create-voucher-line', 'loyalty'],
      creates: [
        'src/contexts/loyalty/application/create-voucher-line/create-voucher-line.handler.ts',
        'src/contexts/loyalty/infrastructure/http/voucher-lines.controller.ts',
      ],
    },
    { args: ['command', 'submit-voucher', 'loyalty'], creates: ['src/contexts/loyalty/domain/events/voucher-submitted.event.ts'] },
    { args: ['event', 'voucher-line-voided', 'loyalty'], creates: ['src/contexts/loyalty/domain/events/voucher-line-voided.event.ts'] },
    {
      args: ['saga', 'voucher-redemption', 'loyalty'],
      creates: [
        'src/contexts/loyalty/application/voucher-redemption/voucher-redemption.saga.ts',
        'src/contexts/loyalty/application/voucher-redemption/voucher-redemption.handler.ts',
        'src/contexts/loyalty/application/voucher-redemption/voucher-redemption.saga.spec.ts',
        'src/contexts/loyalty/domain/events/voucher-redemption-requested.event.ts',
      ],
    },
    {
      // Started by another context's contract: the second saga of the context shares the first one's tables.
      args: ['saga', 'loyalty.delivery-reward', 'shipping.shipment-delivered'],
      creates: [
        'src/contexts/loyalty/application/delivery-reward/delivery-reward.saga.ts',
        'src/contexts/loyalty/application/delivery-reward/delivery-reward.handler.ts',
        'src/contexts/loyalty/application/delivery-reward/delivery-reward.saga.spec.ts',
      ],
    },
  ];

  it('prints what it would write with --dry-run, and writes nothing', () => {
    const before = snapshot();
    const { status, stdout } = nest('context', 'loyalty', '--dry-run');
    expect(status).toBe(0);
    expect(stripVTControlCharacters(stdout)).toContain('CREATE src/contexts/loyalty/loyalty.module.ts');
    expect(snapshot()).toEqual(before);
  });

  it("keeps Nest's own schematics: nest g service still works", () => {
    const { stdout } = nest('service', 'greeting', '--dry-run');
    expect(stripVTControlCharacters(stdout)).toContain('CREATE src/greeting/greeting.service.ts');
  });

  it.each(generations)('generates `nest g $args`, and refuses the same name again writing nothing', ({ args, creates }) => {
    const first = nest(...args);
    expect({ status: first.status, stderr: first.stderr }).toEqual({ status: 0, stderr: '' });
    for (const path of creates) expect(existsSync(join(project, path))).toBe(true);
    const before = snapshot();
    const again = nest(...args); // the Nest CLI reports a failed schematic but exits 0, so the message is what tells
    expect(`${again.stdout}${again.stderr}`).toMatch(/already exists.*nothing was written/);
    expect(snapshot()).toEqual(before);
  });

  it('prints a saga with --dry-run, and writes nothing', () => {
    const before = snapshot();
    const { status, stdout } = nest('saga', 'voucher-refund', 'loyalty', '--dry-run');
    expect(status).toBe(0);
    const printed = stripVTControlCharacters(stdout);
    expect(printed).toContain('CREATE src/contexts/loyalty/application/voucher-refund/voucher-refund.saga.ts');
    expect(printed).toContain('UPDATE src/contexts/loyalty/loyalty.module.ts');
    expect(printed).not.toMatch(/CREATE migrations\/loyalty\/\d{13}-CreateLoyaltySagas\.ts/);
    expect(snapshot()).toEqual(before);
  });

  it.each([
    [['context', 'messaging'], /context messaging already exists/],
    [['context', 'ordering'], /context ordering already exists/],
    [['value-object', 'tax-rate', 'bllling'], /there is no context bllling/],
    [['command', 'archive-shipment', 'shipping'], /shipment was not made by nest g aggregate/],
    [['command', 'publish-voucher', 'loyalty'], /does not name a change of state/],
    [['command', 'get-voucher', 'loyalty'], /nest g query get-<aggregate>/],
    [['aggregate', 'package', 'loyalty'], /reserved word/],
    [['aggregate', 'sales-2024', 'loyalty'], /kebab-case, each word starting with a letter/],
    [['saga', 'loyalty.voucher-audit', 'ordering.order-shipped'], /ordering publishes no order-shipped/],
    [['saga', 'voucher-refund', 'ordering.order-placed'], /to start a saga on ordering.order-placed, name it <context>.<name>/],
  ])('refuses `nest g %j` with a message, writing nothing', (args, message) => {
    const before = snapshot();
    const { stdout, stderr } = nest(...(args as string[]));
    expect(`${stdout}${stderr}`).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it('registers the context in the app module, and its migrations in migrations/loyalty', () => {
    expect(file('src/app.module.ts')).toMatch(
      /import \{ LoyaltyModule \} from '\.\/contexts\/loyalty\/loyalty\.module';[\s\S]*LoyaltyModule,/,
    );
    expect(file('src/bootstrap.ts')).toContain("loyalty: 'Loyalty: what it owns and does (rewrite this in src/bootstrap.ts).',");
    const module = file('src/contexts/loyalty/loyalty.module.ts');
    for (const symbol of [
      'VoucherModel',
      'VOUCHER_REPOSITORY',
      'CreateVoucherHandler',
      'IssueVoucherHandler',
      'GetVoucherHandler',
      'OpenVoucherOnOrderPlaced',
      'PublishVoucherSettled',
      'VouchersController',
    ]) {
      expect(module).toContain(symbol);
    }
    expect(module).toContain(
      'const voucherProviders = [\n  { provide: VOUCHER_REPOSITORY, useClass: VoucherTypeOrmRepository },\n  CreateVoucherHandler,\n  IssueVoucherHandler,\n  GetVoucherHandler,\n  SubmitVoucherHandler,\n];',
    );
    expect(module).toContain('const reactions = [OpenVoucherOnOrderPlaced];');
    expect(module).toContain('const sagas = [VoucherRedemptionSaga, DeliveryRewardSaga];');
    expect(module).toContain('  providers: [...voucherProviders, ...voucherLineProviders, ...publications, ...reactions, ...sagas],');
    const handlerIds = file('src/event-handler-ids.txt').trim().split('\n');
    expect(handlerIds).toContain('loyalty.open-voucher-on-order-placed');
    expect(handlerIds).toEqual(expect.arrayContaining(['loyalty.delivery-reward-saga', 'loyalty.voucher-redemption-saga']));
    expect(handlerIds).toEqual([...handlerIds].sort());
    const migrations = readdirSync(join(project, 'migrations/loyalty'));
    expect(migrations).toEqual([
      expect.stringMatching(/^\d{13}-CreateLoyaltySchema\.ts$/),
      expect.stringMatching(/^\d{13}-CreateVouchers\.ts$/),
      expect.stringMatching(/^\d{13}-CreateVoucherLines\.ts$/),
      expect.stringMatching(/^\d{13}-CreateLoyaltySagas\.ts$/),
    ]);
    expect(file(`migrations/loyalty/${migrations[3]}`)).toContain("await createSagaTables(queryRunner, 'loyalty');");
    expect(file('src/contexts/loyalty/application/delivery-reward/delivery-reward.saga.ts')).toContain(
      "import { ShipmentDeliveredContract } from '../../../shipping/contracts';",
    );
    expect(file('src/contexts/loyalty/domain/events/voucher-line-voided.event.ts')).toContain('voucherLineId: string;');
    expect(file('src/contexts/loyalty/contracts/index.ts')).toBe(
      "export * from './permissions';\nexport * from './voucher-settled.contract';\n",
    );
    expect(file('src/contexts/loyalty/contracts/permissions.ts')).toContain(
      "  'vouchers:write': 'Create and change vouchers',\n  'vouchers:read': 'Read vouchers',\n  'voucher-lines:write': 'Create and change voucher lines',\n}",
    );
    expect(file('src/contexts/identity/domain/role/permission-catalog.ts')).toContain('  LOYALTY_PERMISSIONS,\n);');
    expect(file('src/contexts/loyalty/domain/voucher/voucher.aggregate.ts')).toContain('submit(now = new Date()): void {');
  });

  it('compiles, passes lint and the architecture check, and its generated tests pass', () => {
    run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
    run(process.execPath, [
      join(ROOT, 'node_modules/eslint/bin/eslint.js'),
      'src/contexts/loyalty',
      'migrations/loyalty',
      'src/app.module.ts',
    ]);
    // Generated code is in the project's style: `npm run format:check` passes on it as on hand-written code.
    run(process.execPath, [join(ROOT, 'node_modules/prettier/bin/prettier.cjs'), '--check', 'src', 'migrations', 'test']);
    const arch = run(process.execPath, [
      join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'src',
      'libs',
      'migrations',
      '--config',
      '.dependency-cruiser.js',
    ]);
    expect(arch).toContain('no dependency violations found');
    // What the published-event generator asks for: the new contract's schema, then the checks that read it.
    const snapshot = run(process.execPath, [join(ROOT, 'node_modules/ts-node/dist/bin.js'), 'scripts/contracts-snapshot.ts']);
    expect(snapshot).toBe('wrote src/contexts/loyalty/contracts/schemas/loyalty.voucher-settled.v1.json\n');
  });

  // After the scaffolding steps (docs/extending.md), the last of which is npm run docs:update: the whole suite stays green.
  it(
    'passes the whole unit and e2e suite, generated tests and regenerated docs included',
    () => {
      const jest = (args: string[], env: NodeJS.ProcessEnv = {}) =>
        spawnSync(process.execPath, [join(ROOT, 'node_modules/jest/bin/jest.js'), '--selectProjects', 'unit', 'e2e', ...args], {
          cwd: project,
          encoding: 'utf8',
          env: { ...process.env, ...env },
          timeout: SUITE_TIMEOUT_MS,
        });
      const docs = jest(['--testPathPattern', 'permissions-readme|openapi\\.e2e'], { UPDATE_DOCS: '1' });
      expect({ status: docs.status, output: docs.status === 0 ? '' : docs.stderr.slice(-5_000) }).toEqual({ status: 0, output: '' });
      expect(file('docs/authentication.md')).toContain('| `vouchers:write` | Create and change vouchers |');
      expect(file('docs/operation-ids.txt')).toContain('issueVoucher');

      const suite = jest([]);
      const failures = suite.stderr.split('\n').filter((line) => /^\s*(FAIL|●)/.test(line));
      expect({ status: suite.status, failures }).toEqual({ status: 0, failures: [] });
      expect(suite.stderr).toMatch(/Tests:\s+\d+ passed, \d+ total/);
      expect(suite.stderr).toContain('src/contexts/loyalty/domain/voucher/voucher.aggregate.spec.ts');
      expect(suite.stderr).toContain('src/contexts/loyalty/application/voucher-redemption/voucher-redemption.saga.spec.ts');
      expect(suite.stderr).toContain('src/contexts/loyalty/application/delivery-reward/delivery-reward.saga.spec.ts');
    },
    SUITE_TIMEOUT_MS * 2 + 60_000,
  );

  it('starts on the embedded default; the new routes demand a token and their permission, and work for a superadmin', async () => {
    const port = await freePort();
    const database = { DATA_DIR: join(project, '.data'), DATABASE_URL: '' };
    const child = runTs('src/main.ts', [], { PORT: String(port), HOST: '127.0.0.1', ...database }, project);
    try {
      await waitForOutput(child, /API docs:/);
      const base = `http://127.0.0.1:${port}`;
      const vouchers = `${base}/api/v1/loyalty/vouchers`;
      const unknown = `${vouchers}/0190a5b0-7c4e-7d2a-9b3c-000000000000`;

      const doc = (await (await fetch(`${base}/docs-json`)).json()) as { paths: Record<string, Record<string, object>> };
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining(['/api/v1/loyalty/vouchers', '/api/v1/loyalty/vouchers/{id}', '/api/v1/loyalty/vouchers/{id}/issue']),
      );
      const locked = (permission: string) => ({ security: [{ bearer: [] }], 'x-permission': permission });
      expect(doc.paths['/api/v1/loyalty/vouchers'].post).toMatchObject(locked('vouchers:write'));
      expect(doc.paths['/api/v1/loyalty/vouchers/{id}/issue'].post).toMatchObject(locked('vouchers:write'));
      expect(doc.paths['/api/v1/loyalty/vouchers/{id}'].get).toMatchObject(locked('vouchers:read'));

      for (const [method, url] of [
        ['POST', vouchers],
        ['POST', `${unknown}/issue`],
        ['GET', unknown],
      ]) {
        expect({ method, url, status: (await fetch(url, { method })).status }).toEqual({ method, url, status: 401 });
      }

      // Generated permissions join Identity's catalog: a registered user is refused, a superadmin (*:*) and an admin are let in.
      const user = { email: 'generator-user@example.com', password: 'generator check passphrase 42' };
      expect((await post(`${base}/api/v1/identity/auth/register`, { ...user, displayName: 'Generator User' })).status).toBe(201);
      expect((await fetch(vouchers, { method: 'POST', headers: await bearer(base, user) })).status).toBe(403);

      const admin = { email: 'generator-admin@example.com', password: 'generator check passphrase 42' };
      const cli = runTs('scripts/cli.ts', ['create-admin', '--email', admin.email, '--password', admin.password], database, project);
      expect(await finished(cli)).toMatchObject({ code: 0 });
      const headers = await bearer(base, admin);

      // The generated sagas run: found through their handlers, counted in the saga tables their migration made.
      const stats = await fetch(`${base}/api/v1/admin/events/stats`, { headers });
      expect(stats.status).toBe(200);
      expect(((await stats.json()) as { sagas: { byType: object } }).sagas.byType).toMatchObject({
        'loyalty.voucher-redemption': {},
        'loyalty.delivery-reward': {},
      });
      const sagas = await fetch(`${base}/api/v1/admin/sagas?type=loyalty.voucher-redemption`, { headers });
      expect(await sagas.json()).toEqual({ items: [], page: 1, limit: 20, total: 0 });

      const created = await fetch(vouchers, { method: 'POST', headers });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      expect((await fetch(`${vouchers}/${id}/issue`, { method: 'POST', headers })).status).toBe(200);
      const read = await fetch(`${vouchers}/${id}`, { headers });
      expect(await read.json()).toMatchObject({ id, version: 2 });
      expect((await fetch(unknown, { headers })).status).toBe(404);

      // `admin` holds every permission in the catalog, the generated ones included: the user, made admin, is let in.
      const me = (await (await fetch(`${base}/api/v1/identity/users/me`, { headers: await bearer(base, user) })).json()) as { id: string };
      const roles = await fetch(`${base}/api/v1/identity/users/${me.id}/roles`, {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ roles: ['admin'] }),
      });
      expect(roles.status).toBe(200);
      expect((await fetch(`${vouchers}/${id}`, { headers: await bearer(base, user) })).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
  }, 120_000);
});
