import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import ts from 'typescript';
import { TEST_PASSWORD } from '../support/auth';
import { TestApp, startTestApp } from '../support/test-app';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');

/**
 * What a client author writes against types generated from the live document (openapi-typescript) with
 * openapi-fetch: register, log in, place an order, list countries. Not one cast: the generated types must carry it.
 */
const PROGRAM = `import createClient from 'openapi-fetch';
import type { paths } from './api.js';

const baseUrl = process.env.BASE_URL;
if (!baseUrl) throw new Error('BASE_URL is unset');
const api = createClient<paths>({ baseUrl });
const email = \`typed-client-\${Date.now()}@example.com\`;
const password = process.env.PASSWORD ?? '';

const registered = await api.POST('/api/v1/identity/auth/register', { body: { email, password, displayName: 'Typed Client' } });
if (!registered.data) throw new Error(\`register answered \${registered.response.status}\`);
const tokens = await api.POST('/api/v1/identity/auth/login', { body: { email, password } });
if (!tokens.data) throw new Error(\`login answered \${tokens.response.status}\`);
const headers = { authorization: \`Bearer \${tokens.data.accessToken}\` };

const draft = await api.POST('/api/v1/ordering/orders', {
  headers,
  body: { currency: 'EUR', lines: [{ sku: 'SKU-1', quantity: 2, unitPrice: { amount: 1999, currency: 'EUR' } }] },
});
if (!draft.data) throw new Error(\`creating the order answered \${draft.response.status}\`);
const placed = await api.POST('/api/v1/ordering/orders/{id}/place', {
  headers,
  params: { path: { id: draft.data.id } },
  body: { paymentMethodId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165' },
});
if (!placed.data) throw new Error(\`placing the order answered \${placed.response.status}\`);

const countries = await api.GET('/api/v1/reference/countries', { params: { query: { limit: 100 } } });
if (!countries.data) throw new Error(\`listing countries answered \${countries.response.status}\`);

const total: number = placed.data.total.amount;
console.log(JSON.stringify({ orderId: placed.data.id, status: placed.data.status, total, countries: countries.data.total }));
`;

/** Casts and non-null assertions: each would hide a type the generated client failed to give. */
function castsIn(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isNonNullExpression(node)) found.push(node.getText(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('a typed client generated from /docs-json', () => {
  let testApp: TestApp;
  let workDir: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    workDir = mkdtempSync(join(tmpdir(), 'promenade-typed-client-'));
    // The program resolves openapi-fetch and the compiler its types from the project's own node_modules.
    symlinkSync(join(ROOT, 'node_modules'), join(workDir, 'node_modules'), 'dir');
    const { body: doc } = await request(testApp.url).get('/docs-json').expect(200);
    writeFileSync(join(workDir, 'openapi.json'), JSON.stringify(doc));
    await run(process.execPath, [join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), 'openapi.json', '-o', 'api.d.ts'], {
      cwd: workDir,
    });
    writeFileSync(join(workDir, 'client.mts'), PROGRAM);
  });

  afterAll(async () => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
    await testApp?.close();
  });

  it('compiles under --strict, generated types included, with no cast in the program', () => {
    const program = ts.createProgram([join(workDir, 'client.mts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: ['node'],
      skipLibCheck: false,
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => `${diagnostic.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    expect(diagnostics).toEqual([]);
    expect(castsIn(program.getSourceFile(join(workDir, 'client.mts'))!)).toEqual([]);
  });

  it('registers, logs in, places an order and lists countries against the running service', async () => {
    const { outputText } = ts.transpileModule(PROGRAM, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    });
    writeFileSync(join(workDir, 'client.mjs'), outputText);
    const { stdout } = await run(process.execPath, ['client.mjs'], {
      cwd: workDir,
      env: { ...process.env, BASE_URL: testApp.url, PASSWORD: TEST_PASSWORD },
    });
    expect(JSON.parse(stdout)).toEqual({
      orderId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'placed',
      total: 3998,
      countries: expect.any(Number),
    });
    expect(JSON.parse(stdout).countries).toBeGreaterThan(200);
  });
});
