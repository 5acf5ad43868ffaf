/**
 * Operator commands, against DATABASE_URL or the embedded database (through the running service's socket).
 *   npm run cli -- dead-letters list [--context <name>] [--page <n>] [--limit <n>]
 *   npm run cli -- dead-letters replay <id>     back to its handler through the outbox (the relay sends it)
 *   npm run cli -- dead-letters discard <id>
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '@promenade/config';
import { deadLetterStore } from '@promenade/messaging';
import { openDatabaseConnection } from '@promenade/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { validate } from 'uuid';

const USAGE = 'usage: npm run cli -- dead-letters list [--context <name>] [--page <n>] [--limit <n>] | replay <id> | discard <id>';

async function withManager<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const connection = await openDatabaseConnection(loadConfig());
  const dataSource = await new DataSource(connection.options).initialize();
  try {
    return await dataSource.transaction(work);
  } finally {
    await dataSource.destroy();
    await connection.close();
  }
}

function idArgument(value: string | undefined): string {
  if (!value || !validate(value)) throw new Error(`a dead letter id (UUID) is required\n${USAGE}`);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { context: { type: 'string' }, page: { type: 'string', default: '1' }, limit: { type: 'string', default: '20' } },
  });
  const [group, command, id] = positionals;
  if (group !== 'dead-letters') throw new Error(USAGE);
  const out = (value: unknown): void => void process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  switch (command) {
    case 'list': {
      const [page, limit] = [Number(values.page), Number(values.limit)];
      if (!Number.isInteger(page) || page < 1 || !Number.isInteger(limit) || limit < 1 || limit > 100) throw new Error('--page must be ≥ 1 and --limit 1..100');
      return out(await withManager((manager) => deadLetterStore.list(manager, values.context, page, limit)));
    }
    case 'replay':
      return out(
        await withManager(async (manager) => {
          const letter = await deadLetterStore.take(manager, idArgument(id));
          await deadLetterStore.requeue(manager, letter);
          return { replayed: letter.id, event: letter.eventId, handler: letter.handler };
        }),
      );
    case 'discard':
      return out(await withManager(async (manager) => ({ discarded: (await deadLetterStore.take(manager, idArgument(id))).id })));
    default:
      throw new Error(USAGE);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
