import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { signingKey } from './signing-key';

describe('signingKey', () => {
  let dataDir: string;
  let warn: jest.Mock;
  let logger: Logger;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'promenade-signing-key-'));
    warn = jest.fn();
    logger = { warn } as unknown as Logger;
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const configWith = (settings: Partial<AppConfig>) => Object.assign(new AppConfig(), { DATA_DIR: dataDir }, settings);
  const keyFile = () => join(dataDir, 'secrets', 'jwt-signing-key');

  it('uses JWT_SECRET when it is set, writing and logging nothing', () => {
    const secret = 'a-configured-secret-of-at-least-32-chars';
    expect(signingKey(configWith({ JWT_SECRET: secret }), logger)).toBe(secret);
    expect(() => statSync(keyFile())).toThrow();
    expect(warn).not.toHaveBeenCalled();
  });

  it('otherwise generates a long random key under DATA_DIR/secrets, readable by the owner only, and says so', () => {
    const key = signingKey(configWith({}), logger);

    expect(key).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(readFileSync(keyFile(), 'utf8')).toBe(key);
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'secrets')).mode & 0o077).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain(keyFile());
    expect(warn.mock.calls[0][0]).toContain('JWT_SECRET');
  });

  it('keeps the generated key: the next start signs with the same one, without logging again', () => {
    const first = signingKey(configWith({}), logger);
    const second = signingKey(configWith({}), logger);

    expect(second).toBe(first);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('makes a different key for another data directory', () => {
    const other = mkdtempSync(join(tmpdir(), 'promenade-signing-key-'));
    try {
      expect(signingKey(configWith({}), logger)).not.toBe(signingKey(configWith({ DATA_DIR: other }), logger));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
