import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@promenade/config';
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
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  process.stdout.write(`Promenade is ready in ${Math.round(performance.now() - startedAt)} ms — API docs: ${url}/docs\n`);
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
