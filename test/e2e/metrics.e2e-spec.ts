import request from 'supertest';
import { signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const TOKEN = 'metrics-token-0123456789abcdef';
/** Registration publishes identity.user-registered; CRM's handler turns the user into a lead. */
const ON_REGISTERED = { context: 'crm', handler: 'crm.link-signed-up-user-on-user-registered' };

/** Every metric docs/operations.md#metrics lists, with its type, and a few of Node's process metrics. */
const METRICS: Record<string, 'counter' | 'gauge' | 'histogram'> = {
  promenade_http_requests_total: 'counter',
  promenade_http_request_duration_seconds: 'histogram',
  promenade_events_published_total: 'counter',
  promenade_events_handled_total: 'counter',
  promenade_events_retried_total: 'counter',
  promenade_events_dead_lettered_total: 'counter',
  promenade_events_redelivered_total: 'counter',
  promenade_event_handler_duration_seconds: 'histogram',
  promenade_outbox_backlog: 'gauge',
  promenade_outbox_oldest_unsent_age_seconds: 'gauge',
  promenade_event_queue_depth: 'gauge',
  promenade_sagas: 'gauge',
  promenade_sagas_stuck: 'gauge',
  promenade_dead_letters: 'gauge',
  promenade_db_pool_connections: 'gauge',
  promenade_db_pool_idle_connections: 'gauge',
  promenade_db_pool_waiting_requests: 'gauge',
  promenade_db_pool_max_connections: 'gauge',
  promenade_metrics_read_failures_total: 'counter',
  process_cpu_seconds_total: 'counter',
  process_resident_memory_bytes: 'gauge',
  nodejs_heap_size_used_bytes: 'gauge',
  nodejs_eventloop_lag_seconds: 'gauge',
};

/** The value of the sample of `name` whose labels include `labels`, in Prometheus' text format; undefined when absent. */
function sampleOf(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!sample || sample[1] !== name) continue;
    const found = Object.fromEntries(
      [...(sample[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, label, value]) => [label, value]),
    );
    if (Object.entries(labels).every(([label, value]) => found[label] === value)) return Number(sample[3]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;
  const scrape = async (): Promise<string> => (await http.get('/metrics').set('authorization', `Bearer ${TOKEN}`).expect(200)).text;

  beforeAll(async () => {
    testApp = await startTestApp({ METRICS_TOKEN: TOKEN });
    http = request(testApp.url);
  });

  afterAll(() => testApp?.close());

  it('answers the configured bearer token only; anything else is 401 problem+json', async () => {
    for (const authorization of [undefined, 'Bearer another-token-0123456789', `Bearer ${TOKEN}x`, `Basic ${TOKEN}`]) {
      const attempt = http.get('/metrics');
      const response = await (authorization ? attempt.set('authorization', authorization) : attempt);
      expectProblem(response, 401, 'METRICS_TOKEN_INVALID');
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.text).not.toContain('promenade_');
    }
  });

  it('serves every documented metric in the Prometheus text format, outside the API and its OpenAPI document', async () => {
    const response = await http.get('/metrics').set('authorization', `Bearer ${TOKEN}`).expect(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    const types = Object.fromEntries([...response.text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map(([, name, type]) => [name, type]));
    expect(Object.fromEntries(Object.keys(METRICS).map((name) => [name, types[name]]))).toEqual(METRICS);
    // Read from the database and the queues at the scrape, not left empty by a failed read.
    expect(sampleOf(response.text, 'promenade_outbox_backlog')).toEqual(expect.any(Number));
    expect(sampleOf(response.text, 'promenade_event_queue_depth', { context: 'crm' })).toEqual(expect.any(Number));
    expect(sampleOf(response.text, 'promenade_db_pool_max_connections')).toBe(1);
    await http.get('/api/v1/metrics').set('authorization', `Bearer ${TOKEN}`).expect(404);
    const { body: doc } = await http.get('/docs-json').expect(200);
    expect(Object.keys(doc.paths).filter((path) => path.includes('metrics'))).toEqual([]);
  });

  it('counts HTTP answers by route template and status, and a path no route matches as unmatched', async () => {
    const customer = await signUp(testApp);
    const order = { method: 'GET', route: '/api/v1/ordering/orders/:id', status_code: '404' };
    const unmatched = { method: 'GET', route: 'unmatched', status_code: '404' };
    const before = await scrape();
    await http.get('/api/v1/ordering/orders/0190a5b0-7c4e-7d2a-9b3c-000000000000').set(customer.headers).expect(404);
    await http.get('/api/v1/ordering/orders/0190a5b0-7c4e-7d2a-9b3c-000000000001').set(customer.headers).expect(404);
    await http.get('/api/v1/no/such/route').expect(404);
    const after = await scrape();
    expect(sampleOf(after, 'promenade_http_requests_total', order)).toBe(
      (sampleOf(before, 'promenade_http_requests_total', order) ?? 0) + 2,
    );
    expect(sampleOf(after, 'promenade_http_requests_total', unmatched)).toBe(
      (sampleOf(before, 'promenade_http_requests_total', unmatched) ?? 0) + 1,
    );
    expect(sampleOf(after, 'promenade_http_request_duration_seconds_count', order)).toBe(
      (sampleOf(before, 'promenade_http_request_duration_seconds_count', order) ?? 0) + 2,
    );
    expect(after).not.toContain('0190a5b0-7c4e-7d2a-9b3c-00000000000');
  });

  it('counts an event published to a handler and handled by it, and times the handler', async () => {
    const count = (text: string, name: string) => sampleOf(text, name, ON_REGISTERED) ?? 0;
    // Once the earlier tests' sign-ups are relayed and handled, so this one's is the only change.
    const before = await eventually(async () => {
      const text = await scrape();
      const settled =
        sampleOf(text, 'promenade_outbox_backlog') === 0 &&
        count(text, 'promenade_events_handled_total') === count(text, 'promenade_events_published_total');
      return settled ? text : undefined;
    }, 15_000);
    await signUp(testApp);
    const after = await eventually(async () => {
      const text = await scrape();
      return count(text, 'promenade_events_handled_total') > count(before, 'promenade_events_handled_total') ? text : undefined;
    }, 15_000);
    expect(count(after, 'promenade_events_handled_total')).toBe(count(before, 'promenade_events_handled_total') + 1);
    expect(count(after, 'promenade_events_published_total')).toBe(count(before, 'promenade_events_published_total') + 1);
    const timed = { ...ON_REGISTERED, outcome: 'handled' };
    expect(sampleOf(after, 'promenade_event_handler_duration_seconds_count', timed)).toBe(
      (sampleOf(before, 'promenade_event_handler_duration_seconds_count', timed) ?? 0) + 1,
    );
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp?.close());

  it('is off: 404 problem+json METRICS_DISABLED, whatever token is sent', async () => {
    expectProblem(await request(testApp.url).get('/metrics'), 404, 'METRICS_DISABLED');
    expectProblem(await request(testApp.url).get('/metrics').set('authorization', `Bearer ${TOKEN}`), 404, 'METRICS_DISABLED');
  });
});
