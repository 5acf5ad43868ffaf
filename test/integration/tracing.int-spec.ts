import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { Client } from 'pg';
import { signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { ServiceCluster } from '../support/service-cluster';
import { eventually } from '../support/test-app';

/** A span as OTLP/HTTP JSON carries it (ids in hex), with the process role of the resource that sent it. */
interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  role: string;
  attributes: Record<string, unknown>;
}

const SERVER = 2;
const PRODUCER = 4;
const CONSUMER = 5;

/** An OTLP/HTTP trace receiver kept in memory: what an `api` and a `worker` process export lands in `spans`. */
function startCollector(): Promise<{ server: Server; endpoint: string; spans: ExportedSpan[] }> {
  const spans: ExportedSpan[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = JSON.parse((request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString());
      for (const { resource, scopeSpans } of body.resourceSpans ?? []) {
        const role = valuesOf(resource?.attributes)['promenade.process_role'] as string;
        for (const { spans: exported } of scopeSpans ?? []) {
          for (const span of exported ?? []) spans.push({ ...span, role, attributes: valuesOf(span.attributes) });
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans })),
  );
}

/** OTLP JSON attributes (`[{key, value: {stringValue}}]`) as a plain object. */
function valuesOf(attributes: Array<{ key: string; value: Record<string, unknown> }> = []): Record<string, unknown> {
  return Object.fromEntries(attributes.map(({ key, value }) => [key, Object.values(value)[0]]));
}

/**
 * W3C trace context across queue hops: a registration through an `api` process and what it sets off in a `worker` process
 * (Identity's user-registered relayed through BullMQ to CRM, whose handler publishes crm.customer-created) form one trace,
 * exported over OTLP by both processes: HTTP request → outbox → relay (publish) → queue → handler (process) → next event.
 */
describe('traces across queue hops (OpenTelemetry, api + worker, bullmq)', () => {
  let database: FreshDatabase;
  let db: Client;
  let cluster: ServiceCluster;
  let collector: Awaited<ReturnType<typeof startCollector>>;

  beforeAll(async () => {
    collector = await startCollector();
    database = await createFreshDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
    cluster = new ServiceCluster(database.url, { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' });
    await cluster.start('worker', { MIGRATIONS_RUN: 'auto' });
  }, 180_000);

  afterAll(async () => {
    await cluster?.close();
    await db?.end();
    await database?.drop();
    await new Promise((resolve) => collector?.server.close(resolve));
  });

  it('one trace id spans the request, the relay, the queue, the handler and the event it raises', async () => {
    const api = await cluster.start('api');
    const { userId } = await signUp({ url: api.url });
    // The request's own trace: its server span, in the api process.
    const request = await eventually(
      async () =>
        collector.spans.find(
          (span) => span.kind === SERVER && span.role === 'api' && String(span.attributes['url.path']).endsWith('/identity/auth/register'),
        ),
      30_000,
    );
    const inTrace = () => collector.spans.filter((span) => span.traceId === request.traceId);
    const customerCreated = await eventually(
      async () => inTrace().find((span) => span.kind === PRODUCER && span.name === 'publish crm.customer-created'),
      60_000,
    );
    const spans = inTrace();
    const names = spans.map((span) => `${span.role} ${span.name}`);
    expect(names).toEqual(expect.arrayContaining(['worker publish identity.user-registered', 'worker process identity.user-registered']));
    // The chain is parent to child, hop by hop: the relay's publish is a child of the request's trace, CRM's handler a child
    // of that publish, and the event CRM raised a descendant of the handler.
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const ancestors = (span: ExportedSpan): string[] =>
      span.parentSpanId && byId.has(span.parentSpanId)
        ? [byId.get(span.parentSpanId)!.name, ...ancestors(byId.get(span.parentSpanId)!)]
        : [];
    const crmHandling = spans.find(
      (span) =>
        span.kind === CONSUMER &&
        span.name === 'process identity.user-registered' &&
        span.attributes['promenade.handler'] === 'crm.link-signed-up-user-on-user-registered',
    );
    expect(crmHandling).toBeDefined();
    expect(ancestors(crmHandling!)).toContain('publish identity.user-registered');
    expect(ancestors(customerCreated)).toEqual(
      expect.arrayContaining(['process identity.user-registered', 'publish identity.user-registered']),
    );
    // The database work of both processes is in it too.
    expect(
      spans
        .filter((span) => span.attributes['db.system.name'] === 'postgresql' || span.attributes['db.system'] === 'postgresql')
        .map((span) => span.role),
    ).toEqual(expect.arrayContaining(['api', 'worker']));
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM crm.customers WHERE user_id = $1`, [userId]);
    expect(rows[0].n).toBe(1);
  }, 180_000);
});
