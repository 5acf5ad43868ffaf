import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { TestApp, startTestApp } from '../support/test-app';

/**
 * `docs/operation-ids.txt`: one `operationId METHOD path` per line, sorted; a renamed use case shows in review.
 * UPDATE_DOCS=1 rewrites it (after adding routes, e.g. with the generators).
 */
const OPERATION_IDS = join(__dirname, '../../docs/operation-ids.txt');

interface Operation {
  operationId: string;
  description?: string;
  security?: object[];
  responses: Record<string, { description: string; content?: Record<string, { example?: { instance?: string; detail?: string } }> }>;
}

describe('the OpenAPI document (/docs-json)', () => {
  let testApp: TestApp;
  let operations: Array<{ method: string; path: string; operation: Operation }>;

  beforeAll(async () => {
    testApp = await startTestApp();
    const { body: doc } = await request(testApp.url).get('/docs-json').expect(200);
    operations = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ method, path, operation })),
    );
  });

  afterAll(() => testApp?.close());

  it('names every operation by its use case, uniquely, exactly as docs/operation-ids.txt lists them (UPDATE_DOCS=1 rewrites it)', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z][A-Za-z]+$/.test(id))).toEqual([]);
    const served = operations.map(({ method, path, operation }) => `${operation.operationId} ${method.toUpperCase()} ${path}`).sort();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(OPERATION_IDS, `${served.join('\n')}\n`);
    const listed = readFileSync(OPERATION_IDS, 'utf8').split('\n').filter(Boolean);
    expect({ added: served.filter((line) => !listed.includes(line)), gone: listed.filter((line) => !served.includes(line)) }).toEqual({
      added: [],
      gone: [],
    });
  });

  it('describes every operation and every response', () => {
    const undescribed = operations.flatMap(({ method, path, operation }) => [
      ...(operation.description ? [] : [`${method} ${path}`]),
      ...Object.entries(operation.responses)
        .filter(([, response]) => !response.description)
        .map(([status]) => `${method} ${path} ${status}`),
    ]);
    expect(undescribed).toEqual([]);
  });

  it('documents 500 everywhere, 413 and 415 wherever a body is read, and an explicit security requirement on each operation', () => {
    const missing = operations.flatMap(({ method, path, operation }) => {
      const expected = ['post', 'put', 'patch', 'delete'].includes(method) ? ['413', '415', '500'] : ['500'];
      return [
        ...expected.filter((status) => !operation.responses[status]).map((status) => `${method} ${path} ${status}`),
        ...(operation.security ? [] : [`${method} ${path} security`]),
      ];
    });
    expect(missing).toEqual([]);
    const login = operations.find(({ operation }) => operation.operationId === 'logIn')!.operation;
    expect(login.security).toEqual([]);
  });

  it("gives each problem example its operation's path as instance, and a detail", () => {
    const examples = operations.flatMap(({ path, operation }) =>
      Object.values(operation.responses).flatMap((response) => {
        const example = response.content?.['application/problem+json']?.example;
        return example ? [{ path, instance: example.instance, detail: typeof example.detail }] : [];
      }),
    );
    expect(examples.length).toBeGreaterThan(200);
    expect(examples.filter(({ path, instance, detail }) => instance !== path || detail !== 'string')).toEqual([]);
  });
});
