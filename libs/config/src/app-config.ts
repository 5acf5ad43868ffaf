import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateBy, ValidateIf } from 'class-validator';

/**
 * Every setting the service reads, with its default. `.env.example` documents the same list;
 * a value that fails these rules stops the start with a message naming the variable.
 */
export class AppConfig {
  @IsString()
  @MinLength(1)
  HOST = 'localhost';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Unset: the embedded PostgreSQL (PGlite) under DATA_DIR. */
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_host: false })
  DATABASE_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /**
   * In an `api` process, how long a request waits for a database connection (a new one, or a free one from the pool) before
   * it is answered 503 DATABASE_UNAVAILABLE: requests fail fast instead of hanging. Processes that run event handlers wait.
   */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  DATABASE_CONNECT_TIMEOUT_MS = 5_000;

  /** Where the embedded database and other local state are kept. */
  @IsString()
  @MinLength(1)
  DATA_DIR = '.data';

  /** `auto` applies pending migrations at start; `check` refuses to start while any is pending. */
  @IsIn(['auto', 'check'])
  MIGRATIONS_RUN: 'auto' | 'check' = 'check';

  /**
   * What this process does: `all` serves HTTP and runs the event machinery; `api` only serves HTTP (its events are relayed and handled
   * by worker processes); `worker` runs the relay, the event workers, saga timeouts and the schedulers, and serves only health and
   * metrics. Split roles share work through PostgreSQL and Redis, so they need DATABASE_URL and EVENT_TRANSPORT=bullmq.
   */
  @IsIn(['all', 'api', 'worker'])
  @ValidateBy({
    name: 'splitRoleNeedsSharedState',
    validator: {
      validate: (role: string, args) => {
        const config = args?.object as AppConfig;
        return role === 'all' || (config.EVENT_TRANSPORT === 'bullmq' && config.DATABASE_URL !== undefined);
      },
      defaultMessage: () =>
        'PROCESS_ROLE=api or worker needs DATABASE_URL and EVENT_TRANSPORT=bullmq (another process must handle what this one does not)',
    },
  })
  PROCESS_ROLE: 'all' | 'api' | 'worker' = 'all';

  /** `memory` (in-process; the embedded default) or `bullmq` (Redis at REDIS_URL). Same guarantees. */
  @IsIn(['memory', 'bullmq'])
  EVENT_TRANSPORT: 'memory' | 'bullmq' = 'memory';

  /** Redis for the bullmq transport, e.g. redis://127.0.0.1:6379. */
  @ValidateIf((config: AppConfig) => config.EVENT_TRANSPORT === 'bullmq' || config.REDIS_URL !== undefined)
  @IsUrl(
    { protocols: ['redis', 'rediss'], require_tld: false },
    { message: 'REDIS_URL must be a redis:// URL (required when EVENT_TRANSPORT=bullmq)' },
  )
  REDIS_URL?: string;

  /** BullMQ queues are named `<prefix>.<context>`, and the deny-list and rate-limit keys start `<prefix>:`; a separate prefix keeps deployments sharing one Redis apart. */
  @Matches(/^[a-z][a-z0-9_-]{0,40}$/, { message: 'EVENT_QUEUE_PREFIX must be lowercase letters, digits, - or _' })
  EVENT_QUEUE_PREFIX = 'promenade';

  /** How long a command of the request path's Redis state (deny-list, rate limits, reference cache) may take before its caller falls back without it. */
  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(10_000)
  REDIS_COMMAND_TIMEOUT_MS = 50;

  /** Handlers run per context at once (each context has its own queue and worker). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  EVENT_CONCURRENCY = 10;

  /**
   * Deliveries one handler transaction may take when more are waiting than EVENT_CONCURRENCY: one inbox insert and one
   * commit for all, each keeping its own retries and dead letter (a failed batch runs each of its deliveries again alone).
   * 1 runs every delivery in a transaction of its own.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  EVENT_BATCH_SIZE = 10;

  /** Attempts per (event, handler) before it becomes a dead letter; a handler may declare its own. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  EVENT_MAX_ATTEMPTS = 8;

  /** First retry delay; each next one doubles, with ±20% jitter. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  EVENT_BACKOFF_MS = 1_000;

  /**
   * BullMQ: how long a worker's lock on a running job lasts and how often stalled jobs are looked for.
   * A worker that dies mid-handler has its job retried after about this long.
   */
  @Type(() => Number)
  @IsInt()
  @Min(500)
  EVENT_STALLED_INTERVAL_MS = 30_000;

  /** On shutdown, how long running event handlers may take before their workers are closed by force (jobs are then retried). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  EVENT_SHUTDOWN_TIMEOUT_MS = 8_000;

  /** How often the outbox relay looks for unsent events when nothing nudged it. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS = 1_000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  OUTBOX_BATCH_SIZE = 200;

  /** Sent outbox rows are deleted this many hours after they were sent, or after they were due if scheduled later. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  OUTBOX_RETENTION_HOURS = 72;

  /** Inbox rows are deleted after this many hours: longer than any retry schedule, so a late redelivery is still caught. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  INBOX_RETENTION_HOURS = 168;

  /**
   * A sent event whose handler has, this long after it was sent, neither an inbox row nor a dead letter nor a job
   * the transport still holds is sent again (the broker lost it); the sweep looks every half of this, at most every minute.
   */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  EVENT_REDELIVERY_AFTER_MS = 300_000;

  /** A saga still waiting on a timeout due longer ago than this counts as stuck in the events stats (its timeout was not delivered). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  SAGA_STUCK_MARGIN_MS = 300_000;

  /** How long a response stored under an Idempotency-Key is replayed for a retry; the key is free again after it. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  IDEMPOTENCY_KEY_TTL_HOURS = 24;

  /**
   * Signs access tokens (HS256). Unset: the embedded default generates one and keeps it under DATA_DIR;
   * with DATABASE_URL it is required, so every instance of a deployment signs with the same key.
   */
  @ValidateIf((config: AppConfig) => config.DATABASE_URL !== undefined || config.JWT_SECRET !== undefined)
  @IsString({ message: 'JWT_SECRET is required when DATABASE_URL is set' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters (256 bits for HS256)' })
  JWT_SECRET?: string;

  /** The `iss` and `aud` of access tokens; a token from another issuer or for another audience is refused. */
  @IsString()
  @MinLength(1)
  JWT_ISSUER = 'promenade';

  @IsString()
  @MinLength(1)
  JWT_AUDIENCE = 'promenade-api';

  @Type(() => Number)
  @IsInt()
  @Min(30)
  @Max(3_600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Type(() => Number)
  @IsInt()
  @Min(300)
  REFRESH_TOKEN_TTL_SECONDS = 604_800;

  /**
   * How long an instance may reuse what it learned checking an access token (user active, session live, permissions)
   * before reading them again: the longest a logout, suspension, role or password change made through another
   * instance can go unnoticed here (the instance that made it forgets at once). 0 reads them on every request.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60_000)
  PRINCIPAL_CACHE_TTL_MS = 500;

  /** A session (one login and its rotated refresh tokens) ends this long after the login, however active. */
  @Type(() => Number)
  @IsInt()
  @Min(300)
  SESSION_MAX_AGE_SECONDS = 2_592_000;

  /** Failed logins in a row that lock an account, and for how long. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_LOCK_MINUTES = 15;

  /** Requests per minute per client address on the credential routes (429 beyond). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_LOGIN_PER_MINUTE = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_REGISTER_PER_MINUTE = 3;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_REFRESH_PER_MINUTE = 30;

  /**
   * Which proxies to believe about the client's address (X-Forwarded-For), which rate limits count by:
   * `false` (none: the connection's address), `true` (any: only behind a proxy that overwrites the header),
   * a number of hops, or a comma-separated list of proxy addresses or CIDRs.
   */
  @Matches(/^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, {
    message: 'TRUST_PROXY must be true, false, a hop count, or a comma-separated list of addresses or CIDRs',
  })
  TRUST_PROXY = 'false';

  /** How long a stock reservation holds its stock unless issued or released first; fractions allow seconds (0.05 = 3 s) for tests. */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(10_080)
  RESERVATION_TTL_MINUTES = 30;

  /**
   * How long an order's fulfillment waits for its payment (a 3-D Secure confirmation, a provider that has not answered)
   * before it releases the stock, voids the invoice and cancels the order. Shorter than RESERVATION_TTL_MINUTES, so the
   * stock is still held while it waits. Fractions allow seconds for tests.
   */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(10_080)
  FULFILLMENT_PAYMENT_TIMEOUT_MINUTES = 15;

  /**
   * How long an order's fulfillment waits for any other answer (the stock reserved, the invoice issued, the reservation
   * confirmed) before it undoes what was done and cancels the order: a request dead-lettered on the way never leaves an
   * order waiting for good. Fractions allow seconds for tests.
   */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(10_080)
  FULFILLMENT_STEP_TIMEOUT_MINUTES = 15;

  /** Which payment provider adapter charges payment methods; `sandbox` answers by token, without a network (docs/payment-providers.md). */
  @IsIn(['sandbox'])
  PAYMENT_PROVIDER: string = 'sandbox';

  /**
   * Signs and verifies the provider's webhooks (HMAC-SHA256), shared with the provider: required for any provider but
   * the sandbox. The sandbox signs its own webhooks in-process: unset, a random key is made per process, so no one
   * outside can sign one.
   */
  @ValidateIf((config: AppConfig) => config.PAYMENT_PROVIDER !== 'sandbox' || config.PAYMENT_WEBHOOK_SECRET !== undefined)
  @IsString({ message: 'PAYMENT_WEBHOOK_SECRET is required unless PAYMENT_PROVIDER=sandbox' })
  @MinLength(32, { message: 'PAYMENT_WEBHOOK_SECRET must be at least 32 characters' })
  PAYMENT_WEBHOOK_SECRET?: string;

  /** How long a call to the payment provider may take; a charge without an answer stays pending and is reconciled. */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(120_000)
  PAYMENT_PROVIDER_TIMEOUT_MS = 10_000;

  /** How long after a charge went unanswered the provider is asked what became of it (and again, a few times, as long). */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(86_400)
  PAYMENT_RECONCILE_AFTER_SECONDS = 60;

  /** The sandbox: how long after a `pm_card_3ds` charge it delivers the signed webhook that confirms it. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  SANDBOX_3DS_DELAY_MS = 2_000;

  /** The seller block printed on every invoice PDF: the business's legal name. */
  @IsString()
  @MinLength(1)
  BILLING_SELLER_NAME = 'Promenade';

  /** The seller's postal address on invoices; `;` separates its lines. */
  @IsString()
  BILLING_SELLER_ADDRESS = '';

  /** The seller's tax (VAT) id on invoices; empty: none printed. */
  @IsString()
  BILLING_SELLER_TAX_ID = '';

  /**
   * When a past-due subscription's failed charge is retried: days after the first failure, ascending (`1,3,5`: on
   * days 1, 3 and 5); after the last, BILLING_DUNNING_FINAL_STATUS.
   */
  @Matches(/^[1-9]\d{0,2}(,[1-9]\d{0,2}){0,9}$/, {
    message: 'BILLING_DUNNING_DAYS must be 1 to 10 comma-separated days from 1 to 999, e.g. 1,3,5',
  })
  @ValidateBy({
    name: 'ascendingDays',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value.split(',').every((day, i, days) => i === 0 || +day > +days[i - 1]),
      defaultMessage: () => 'BILLING_DUNNING_DAYS must name each day after the one before',
    },
  })
  BILLING_DUNNING_DAYS = '1,3,5';

  /** What a subscription becomes once its last dunning retry failed: `canceled` (announced) or `unpaid` (kept, never renewed). */
  @IsIn(['canceled', 'unpaid'])
  BILLING_DUNNING_FINAL_STATUS: 'canceled' | 'unpaid' = 'canceled';

  /**
   * `GET /metrics` answers only `Authorization: Bearer <METRICS_TOKEN>`; unset, metrics are off (404). A bearer token's
   * characters (RFC 6750), so Prometheus can send it as it is.
   */
  @IsOptional()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  @Matches(/^[A-Za-z0-9\-._~+/]+=*$/, { message: 'METRICS_TOKEN must be letters, digits and -._~+/ (optionally ending in =)' })
  METRICS_TOKEN?: string;

  /**
   * Where OpenTelemetry sends traces (OTLP/HTTP); unset, tracing is off. Read by `src/tracing.ts` before anything loads (with
   * the other standard OTEL_* variables); checked here so a malformed URL stops the start instead of losing every span.
   */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** After SIGTERM/SIGINT, how long in-flight requests may take before the process exits anyway. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS = 10_000;
}
