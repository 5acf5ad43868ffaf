import 'reflect-metadata';
import { AppConfig } from '@promenade/config';
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
  // Graceful shutdown is Nest's (stop accepting, finish in-flight, close the database); this bounds it.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), config.SHUTDOWN_TIMEOUT_MS).unref());
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Promenade could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
