import { existsSync } from 'node:fs';
import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { AppConfig } from './app-config';

export class InvalidConfiguration extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'InvalidConfiguration';
  }
}

/** Reads `.env` (when present; real environment variables win) and validates the result. An empty value counts as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = '.env'): AppConfig {
  if (env === process.env && existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(env);
}

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const known = Object.keys(new AppConfig());
  const given = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const config = plainToInstance(AppConfig, given);
  const problems = validateSync(config, { forbidUnknownValues: true }).map(describe);
  if (problems.length === 0 && config.EVENT_SHUTDOWN_TIMEOUT_MS >= config.SHUTDOWN_TIMEOUT_MS) {
    problems.push(
      `EVENT_SHUTDOWN_TIMEOUT_MS=${config.EVENT_SHUTDOWN_TIMEOUT_MS}: must be below SHUTDOWN_TIMEOUT_MS (${config.SHUTDOWN_TIMEOUT_MS}), which bounds the whole shutdown`,
    );
  }
  if (problems.length > 0) throw new InvalidConfiguration(problems);
  return config;
}

/** URLs may carry passwords, and keys are keys: a rejected one is named, not printed. */
const SECRET_KEYS = new Set(['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'PAYMENT_WEBHOOK_SECRET', 'METRICS_TOKEN']);

function describe(error: ValidationError): string {
  const reasons = Object.values(error.constraints ?? {}).join('; ');
  // An unset variable has no value to hide: saying "unset" tells the reader what to do.
  if (error.value === undefined) return `${error.property} is unset: ${reasons}`;
  const shown = SECRET_KEYS.has(error.property) ? '(value hidden)' : JSON.stringify(error.value);
  return `${error.property}=${shown}: ${reasons}`;
}
