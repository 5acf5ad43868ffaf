/**
 * The floor `npm run bench:http` measures Promenade against: bare Fastify (+ pg) doing the same work without the framework.
 * Started by scripts/bench-http.ts as its own process, with FLOOR_PORT, FLOOR_DATABASE_URL, FLOOR_JWT_SECRET and
 * FLOOR_FIXTURES (a JSON file: the bytes and headers the service answered, and one order row with its outbox rows).
 *   GET  /health/live, GET /api/v1/reference/countries/ua   the service's own answer bytes, with its content type
 *   POST /api/v1/ordering/orders                           the bearer token's signature checked, the body held to the
 *        create-order request's rules by a JSON schema, then one transaction inserting the order and the outbox rows the
 *        service wrote with it, if any (tables made LIKE the service's, indexes included), shaped as the service stored them
 */
import { createSecretKey, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { JwtService } from '@nestjs/jwt';
import { Pool } from 'pg';

export interface FloorFixtures {
  answers: Record<string, { body: string; contentType: string }>;
  order: Record<string, unknown>;
  outbox: Array<Record<string, unknown>>;
}

/** The create-order request's rules (src/contexts/ordering/infrastructure/http/create-order.request.ts) as JSON Schema. */
const CREATE_ORDER_SCHEMA = {
  type: 'object',
  required: ['currency', 'lines'],
  properties: {
    userId: { type: 'string', format: 'uuid' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    lines: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        required: ['sku', 'quantity', 'unitPrice'],
        properties: {
          sku: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
          quantity: { type: 'integer', minimum: 1, maximum: 1_000_000 },
          unitPrice: {
            type: 'object',
            required: ['amount', 'currency'],
            properties: {
              amount: { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
              currency: { type: 'string', pattern: '^[A-Z]{3}$' },
            },
          },
        },
      },
    },
  },
} as const;

interface CreateOrderBody {
  currency: string;
  lines: Array<{ sku: string; quantity: number; unitPrice: { amount: number; currency: string } }>;
}

/** `INSERT INTO <table> (<columns>) SELECT <columns> FROM json_populate_record(...)`: a row as JSON, typed by the table. */
function insertLike(table: string, columns: string[]): string {
  const list = columns.map((column) => `"${column}"`).join(', ');
  return `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_record(NULL::${table}, $1::json)`;
}

async function main(): Promise<void> {
  const fixtures = JSON.parse(readFileSync(process.env.FLOOR_FIXTURES!, 'utf8')) as FloorFixtures;
  const pool = new Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: 10 });
  // A KeyObject, as any tuned service would hold it (a string key costs jsonwebtoken a failed public-key parse per token).
  const secret = createSecretKey(Buffer.from(process.env.FLOOR_JWT_SECRET!));
  const jwt = new JwtService({ secretOrKeyProvider: () => secret });
  await pool.query(`CREATE SCHEMA IF NOT EXISTS bench_floor`);
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_floor.orders (LIKE ordering.orders INCLUDING ALL)`);
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_floor.outbox (LIKE messaging.outbox INCLUDING ALL)`);
  const insertOrder = insertLike('bench_floor.orders', Object.keys(fixtures.order));
  const outboxColumns = Object.keys(fixtures.outbox[0] ?? {}).filter((column) => column !== 'id');
  const insertOutbox = insertLike('bench_floor.outbox', outboxColumns);

  const app = Fastify({ logger: false });
  for (const [path, answer] of Object.entries(fixtures.answers)) {
    app.get(path, (_request, reply) => reply.type(answer.contentType).send(answer.body));
  }
  app.post<{ Body: CreateOrderBody }>('/api/v1/ordering/orders', { schema: { body: CREATE_ORDER_SCHEMA } }, async (request, reply) => {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const claims = token ? await jwt.verifyAsync<{ sub: string }>(token).catch(() => undefined) : undefined;
    if (!claims) return reply.code(401).send({ code: 'UNAUTHENTICATED' });
    const { currency, lines } = request.body;
    if (lines.some((line) => line.unitPrice.currency !== currency)) return reply.code(422).send({ code: 'CURRENCY_MISMATCH' });
    const id = randomUUID();
    const total = lines.reduce((sum, line) => sum + line.unitPrice.amount * line.quantity, 0);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(insertOrder, [
        JSON.stringify({ ...fixtures.order, id, customer_id: claims.sub, currency, lines, total_amount: total }),
      ]);
      for (const row of fixtures.outbox) {
        const envelope = { ...(row.envelope as object), eventId: randomUUID(), aggregateId: id };
        await client.query(insertOutbox, [JSON.stringify({ ...row, event_id: randomUUID(), aggregate_id: id, envelope, sent_at: null })]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    return reply.code(201).send({ id });
  });
  await app.listen({ port: Number(process.env.FLOOR_PORT), host: '127.0.0.1' });
  process.stdout.write('floor ready\n');
  process.once('SIGTERM', () => void app.close().then(() => pool.end()));
}

main().catch((error: unknown) => {
  process.stderr.write(`floor failed: ${String(error)}\n`);
  process.exit(1);
});
