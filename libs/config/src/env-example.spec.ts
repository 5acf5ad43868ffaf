import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from './app-config';
import { parseConfig } from './load-config';

describe('.env.example', () => {
  const lines = readFileSync(join(__dirname, '../../../.env.example'), 'utf8').split('\n');
  const entries = Object.fromEntries(
    lines.filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line)).map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );

  it('lists every setting with its default value', () => {
    const defaults = {
      ...Object.fromEntries(Object.entries(new AppConfig()).map(([key, value]) => [key, String(value ?? '')])),
      DATABASE_URL: '',
      REDIS_URL: '',
      JWT_SECRET: '',
      PAYMENT_WEBHOOK_SECRET: '',
    };
    expect(entries).toEqual(defaults);
  });

  it('is itself a valid configuration', () => {
    expect(() => parseConfig(entries)).not.toThrow();
  });
});
