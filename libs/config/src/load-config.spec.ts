import { InvalidConfiguration, parseConfig } from './load-config';

describe('parseConfig', () => {
  it('applies the documented defaults when nothing is set', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: 'localhost', DATA_DIR: '.data', MIGRATIONS_RUN: 'check' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('converts numbers and keeps a database URL', () => {
    const config = parseConfig({ PORT: '0', DATABASE_URL: 'postgres://user@127.0.0.1:5432/test', JWT_SECRET: 'k'.repeat(32) });
    expect(config.PORT).toBe(0);
    expect(config.DATABASE_URL).toBe('postgres://user@127.0.0.1:5432/test');
  });

  it('needs a signing key of at least 32 characters with a real database, and never prints it', () => {
    expect(() => parseConfig({ DATABASE_URL: 'postgres://127.0.0.1/test' })).toThrow(
      /JWT_SECRET is unset: .*JWT_SECRET is required when DATABASE_URL is set/,
    );
    expect(() => parseConfig({ DATABASE_URL: 'postgres://127.0.0.1/test' })).not.toThrow(/value hidden/);
    expect(() => parseConfig({ JWT_SECRET: 'short-secret' })).toThrow(
      /JWT_SECRET=\(value hidden\): JWT_SECRET must be at least 32 characters/,
    );
    expect(() => parseConfig({ JWT_SECRET: 'short-secret' })).not.toThrow(/short-secret/);
    expect(parseConfig({}).JWT_SECRET).toBeUndefined();
  });

  it('takes a webhook secret of at least 32 characters, never printing it, and needs none for the sandbox', () => {
    expect(parseConfig({}).PAYMENT_PROVIDER).toBe('sandbox');
    expect(parseConfig({}).PAYMENT_WEBHOOK_SECRET).toBeUndefined();
    expect(() => parseConfig({ PAYMENT_WEBHOOK_SECRET: 'short-secret' })).toThrow(
      /PAYMENT_WEBHOOK_SECRET=\(value hidden\): PAYMENT_WEBHOOK_SECRET must be at least 32 characters/,
    );
    expect(() => parseConfig({ PAYMENT_PROVIDER: 'acme' })).toThrow(/PAYMENT_PROVIDER="acme"/);
  });

  it('leaves metrics off by default, and takes a metrics token of at least 16 bearer-token characters, never printing it', () => {
    expect(parseConfig({}).METRICS_TOKEN).toBeUndefined();
    expect(parseConfig({ METRICS_TOKEN: 'abc-DEF_123.~+/456=' }).METRICS_TOKEN).toBe('abc-DEF_123.~+/456=');
    expect(() => parseConfig({ METRICS_TOKEN: 'short-token' })).toThrow(
      /METRICS_TOKEN=\(value hidden\): METRICS_TOKEN must be at least 16/,
    );
    expect(() => parseConfig({ METRICS_TOKEN: 'a token with spaces' })).toThrow(
      /METRICS_TOKEN=\(value hidden\): METRICS_TOKEN must be letters/,
    );
    expect(() => parseConfig({ METRICS_TOKEN: 'a token with spaces' })).not.toThrow(/with spaces/);
  });

  it('treats an empty value as unset, so the default applies', () => {
    const config = parseConfig({ DATABASE_URL: '', PORT: '', SHUTDOWN_TIMEOUT_MS: '' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PORT).toBe(3000);
    expect(config.SHUTDOWN_TIMEOUT_MS).toBe(10_000);
  });

  it('needs a redis URL for the bullmq transport', () => {
    expect(() => parseConfig({ EVENT_TRANSPORT: 'bullmq' })).toThrow(/REDIS_URL is unset: .*required when EVENT_TRANSPORT=bullmq/);
    expect(parseConfig({ EVENT_TRANSPORT: 'bullmq', REDIS_URL: 'redis://127.0.0.1:6379' }).REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(parseConfig({}).EVENT_TRANSPORT).toBe('memory');
  });

  it('runs everything in one process by default; split roles need a shared database and the bullmq transport', () => {
    expect(parseConfig({}).PROCESS_ROLE).toBe('all');
    const shared = {
      DATABASE_URL: 'postgres://127.0.0.1/test',
      JWT_SECRET: 'k'.repeat(32),
      EVENT_TRANSPORT: 'bullmq',
      REDIS_URL: 'redis://127.0.0.1:6379',
    };
    expect(parseConfig({ ...shared, PROCESS_ROLE: 'api' }).PROCESS_ROLE).toBe('api');
    expect(parseConfig({ ...shared, PROCESS_ROLE: 'worker' }).PROCESS_ROLE).toBe('worker');
    expect(() => parseConfig({ PROCESS_ROLE: 'worker' })).toThrow(
      /PROCESS_ROLE="worker": PROCESS_ROLE=api or worker needs DATABASE_URL and EVENT_TRANSPORT=bullmq/,
    );
    expect(() => parseConfig({ ...shared, EVENT_TRANSPORT: 'memory', PROCESS_ROLE: 'api' })).toThrow(
      /needs DATABASE_URL and EVENT_TRANSPORT=bullmq/,
    );
    expect(() => parseConfig({ PROCESS_ROLE: 'relay' })).toThrow(/PROCESS_ROLE="relay"/);
  });

  it("keeps the handlers' shutdown time inside the whole shutdown time", () => {
    expect(() => parseConfig({ EVENT_SHUTDOWN_TIMEOUT_MS: '10000', SHUTDOWN_TIMEOUT_MS: '10000' })).toThrow(
      /EVENT_SHUTDOWN_TIMEOUT_MS=10000: must be below SHUTDOWN_TIMEOUT_MS/,
    );
  });

  it('holds a stock reservation 30 minutes by default, or a fraction of a minute for tests, never none', () => {
    expect(parseConfig({}).RESERVATION_TTL_MINUTES).toBe(30);
    expect(parseConfig({ RESERVATION_TTL_MINUTES: '0.05' }).RESERVATION_TTL_MINUTES).toBe(0.05);
    expect(() => parseConfig({ RESERVATION_TTL_MINUTES: '0' })).toThrow(/RESERVATION_TTL_MINUTES=/);
    expect(() => parseConfig({ RESERVATION_TTL_MINUTES: 'half an hour' })).toThrow(/RESERVATION_TTL_MINUTES=/);
  });

  it('retries a past-due subscription on days 1, 3 and 5 by default, then cancels it; the days must ascend', () => {
    expect(parseConfig({})).toMatchObject({ BILLING_DUNNING_DAYS: '1,3,5', BILLING_DUNNING_FINAL_STATUS: 'canceled' });
    expect(parseConfig({ BILLING_DUNNING_DAYS: '2', BILLING_DUNNING_FINAL_STATUS: 'unpaid' })).toMatchObject({ BILLING_DUNNING_DAYS: '2' });
    for (const days of ['0,1', '3,1', '1,1', '1,,3', '1.5', 'daily']) {
      expect(() => parseConfig({ BILLING_DUNNING_DAYS: days })).toThrow(/BILLING_DUNNING_DAYS=/);
    }
    expect(() => parseConfig({ BILLING_DUNNING_FINAL_STATUS: 'void' })).toThrow(/BILLING_DUNNING_FINAL_STATUS=/);
  });

  it('names every bad variable in its message', () => {
    expect(() => parseConfig({ PORT: 'eighty', MIGRATIONS_RUN: 'sometimes' })).toThrow(InvalidConfiguration);
    try {
      parseConfig({ PORT: 'eighty', MIGRATIONS_RUN: 'sometimes', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT=');
      expect(message).toContain('MIGRATIONS_RUN="sometimes"');
      expect(message).toContain('DATABASE_URL=(value hidden)');
      expect(message).not.toContain('mysql://x');
    }
    expect.assertions(5);
  });
});
