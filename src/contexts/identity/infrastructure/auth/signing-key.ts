import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createSecretKey, randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { JwtModuleOptions } from '@nestjs/jwt';
import { AppConfig } from '@promenade/config';

/**
 * The key access tokens are signed with: JWT_SECRET, or on the embedded default (where the config
 * allows it unset) a random key made once and kept under DATA_DIR, so tokens survive a restart.
 */
export function signingKey(config: AppConfig, logger = new Logger('Identity')): string {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  const dir = resolve(config.DATA_DIR, 'secrets');
  const file = join(dir, 'jwt-signing-key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    logger.warn(`JWT_SECRET is not set: generated a development signing key at ${file}. Set JWT_SECRET for any real deployment.`);
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * The JwtModule options for `key`, handed over as a secret KeyObject made once: given a string, jsonwebtoken first tries
 * to read it as a public key (an exception thrown and caught) on every verification, which cost a sixth of an
 * authenticated request.
 */
export function signingKeyOptions(key: string): JwtModuleOptions {
  const secret = createSecretKey(Buffer.from(key));
  return { secretOrKeyProvider: () => secret };
}
