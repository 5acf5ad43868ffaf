import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { AppModule } from '../../src/app.module';
import { createFreshDatabase } from './fresh-database';
import { TEST_JWT_SECRET } from './test-app';

export interface AppContextOnPostgres {
  app: INestApplicationContext;
  /** A connection of its own, to read what the service committed. */
  observer: Client;
  close(): Promise<void>;
}

/**
 * The whole service without HTTP on a fresh database of the real PostgreSQL, with a pool of several connections (so
 * commands really run at once), migrated; `env` adds to or overrides the settings for its start only.
 */
export async function startAppContextOnPostgres(env: Record<string, string> = {}): Promise<AppContextOnPostgres> {
  const database = await createFreshDatabase();
  const saved = { ...process.env };
  Object.assign(process.env, {
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '8',
    MIGRATIONS_RUN: 'auto',
    JWT_SECRET: TEST_JWT_SECRET,
    ...env,
  });
  let app: INestApplicationContext;
  try {
    app = await NestFactory.createApplicationContext(AppModule, { logger: false });
  } finally {
    process.env = saved;
  }
  const observer = new Client({ connectionString: database.url });
  await observer.connect();
  return {
    app,
    observer,
    close: async () => {
      await observer.end();
      await app.close();
      await database.drop();
    },
  };
}
