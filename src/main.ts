// First: tracing instruments http, pg and ioredis as they load.
import { tracing } from './tracing';
import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, servesApi } from '@promenade/config';
import { startDraining } from '@promenade/http';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const startedAt = performance.now();
  const app = await createApp();
  const config = app.get(AppConfig);
  await app.listen(config.PORT, config.HOST).catch(async (error: unknown) => {
    await app.close(); // releases the database (and the embedded server) before the process exits
    throw error;
  });
  const url = reachableUrl(app.getHttpServer().address() as AddressInfo);
  const took = Math.round(performance.now() - startedAt);
  process.stdout.write(
    servesApi(config)
      ? `Promenade is ready in ${took} ms — API docs: ${url}/docs\n`
      : `Promenade worker is ready in ${took} ms — health: ${url}/health/ready\n`,
  );
  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (closing) return; // a second signal while closing changes nothing
      closing = true;
      void shutDown(app, config.SHUTDOWN_TIMEOUT_MS);
    });
  }
}

/**
 * Where this machine reaches the socket actually bound (Nest's getUrl echoes the HOST setting instead, `[localhost]` for
 * an IPv6 bind): loopback and all-interface binds answer on localhost; any other address is named as bound.
 */
function reachableUrl({ address, family, port }: AddressInfo): string {
  if (['127.0.0.1', '::1', '0.0.0.0', '::'].includes(address)) return `http://localhost:${port}`;
  return family === 'IPv6' ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

/**
 * Turns new requests away (503, Connection: close), stops the relay and workers (running handlers finish), the HTTP server (in-flight requests finish),
 * then closes Redis and the database; exits 0 when all of that is done, 1 if it overran its time.
 */
async function shutDown(app: NestFastifyApplication, timeoutMs: number): Promise<void> {
  setTimeout(() => {
    process.stderr.write(`shutdown took longer than ${timeoutMs} ms; exiting anyway\n`);
    process.exit(1);
  }, timeoutMs).unref();
  startDraining(app);
  try {
    await app.close();
    await tracing?.shutdown(); // the last spans, exported before the process ends
    process.exit(0);
  } catch (error) {
    process.stderr.write(`shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Promenade could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
