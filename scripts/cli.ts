/**
 * Operator commands, against DATABASE_URL or the embedded database (through the running service's socket).
 *   npm run cli -- dead-letters list [--context <name>] [--page <n>] [--limit <n>]
 *   npm run cli -- dead-letters replay <id>     back to its handler through the outbox (the relay sends it)
 *   npm run cli -- dead-letters discard <id>
 *   npm run cli -- create-admin --email <email> --password <password> | --password-stdin
 *                                              a superadmin: registers the account, or promotes it if it exists
 *                                              and the password is its own
 *   npm run cli -- crm rebuild-analytics       empties CRM's analytics read models and refills them from the
 *                                              write tables, in one transaction (prints the rows written)
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '@promenade/config';
import { deadLetterStore, OutboxRelay, OutboxSignal, OutboxSink, Publications } from '@promenade/messaging';
import { openDatabaseConnection, prepareSchema, UnitOfWork } from '@promenade/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { validate } from 'uuid';
import { AnalyticsRebuildCounts, rebuildAnalytics } from '../src/contexts/crm/infrastructure/persistence/analytics-rebuild.sql';
import { CreateAdmin, CreateAdminResult } from '../src/contexts/identity/application/create-admin/create-admin.command';
import { CreateAdminHandler } from '../src/contexts/identity/application/create-admin/create-admin.handler';
import { PublishUserEmailVerified } from '../src/contexts/identity/application/publications/publish-user-email-verified';
import { PublishUserRegistered } from '../src/contexts/identity/application/publications/publish-user-registered';
import { RegisterUserHandler } from '../src/contexts/identity/application/register-user/register-user.handler';
import { Argon2PasswordHasher } from '../src/contexts/identity/infrastructure/auth/argon2-password.hasher';
import { PrincipalCache } from '../src/contexts/identity/infrastructure/auth/principal-cache';
import { ProfileModel } from '../src/contexts/identity/infrastructure/persistence/profile.model';
import { ProfileTypeOrmRepository } from '../src/contexts/identity/infrastructure/persistence/profile.typeorm-repository';
import { UserModel } from '../src/contexts/identity/infrastructure/persistence/user.model';
import { UserTypeOrmRepository } from '../src/contexts/identity/infrastructure/persistence/user.typeorm-repository';

const USAGE = [
  'usage: npm run cli -- dead-letters list [--context <name>] [--page <n>] [--limit <n>] | replay <id> | discard <id>',
  '       npm run cli -- create-admin --email <email> --password <password> | --password-stdin',
  '       npm run cli -- crm rebuild-analytics',
].join('\n');

/** Runs `work` in one transaction; `wroteOutbox` wakes the running service's relays once it committed. */
async function withManager<T>(work: (manager: EntityManager) => Promise<T>, { wroteOutbox = false } = {}): Promise<T> {
  const config = loadConfig();
  const connection = await openDatabaseConnection(config);
  const dataSource = await new DataSource(connection.options).initialize();
  try {
    const result = await dataSource.transaction(work);
    if (wroteOutbox) {
      const signal = new OutboxSignal(config, dataSource);
      signal.raise();
      await signal.settled();
    }
    return result;
  } finally {
    await dataSource.destroy();
    await connection.close();
  }
}

/**
 * Runs Identity's own CreateAdmin handler, wired by hand around a unit of work whose events go to the
 * outbox (the running service's relay sends them: UserRegistered reaches its subscribers as from the API).
 */
async function createAdmin(email: string | undefined, password: string | undefined): Promise<CreateAdminResult> {
  if (!email || !password) throw new Error(`--email and --password are required\n${USAGE}`);
  const config = loadConfig();
  const connection = await openDatabaseConnection(config);
  const dataSource = await new DataSource({ ...connection.options, entities: [UserModel, ProfileModel] }).initialize();
  const signal = new OutboxSignal(config, dataSource);
  try {
    await prepareSchema(dataSource, connection.endpoint.kind === 'embedded' ? 'auto' : config.MIGRATIONS_RUN);
    // No relay here: the service's is woken by the signal (or polls); Identity's events leave as its contracts, as from the API.
    const publications = Publications.of(new PublishUserRegistered(), new PublishUserEmailVerified());
    const outbox = new OutboxSink({ nudge: () => undefined } as unknown as OutboxRelay, publications, signal);
    const uow = new UnitOfWork(dataSource, outbox);
    const users = new UserTypeOrmRepository(uow, config, new PrincipalCache(config));
    const hasher = new Argon2PasswordHasher();
    const register = new RegisterUserHandler(users, new ProfileTypeOrmRepository(uow), hasher);
    return await uow.run(() => new CreateAdminHandler(users, hasher, register).execute(new CreateAdmin(email, password)));
  } finally {
    await signal.settled();
    await dataSource.destroy();
    await connection.close();
  }
}

/**
 * Migrates first (a rebuild needs the analytics tables), then rebuilds them in one REPEATABLE READ
 * transaction: the analytics routes keep answering from the old rows until it commits.
 */
async function rebuildCrmAnalytics(): Promise<AnalyticsRebuildCounts> {
  const config = loadConfig();
  const connection = await openDatabaseConnection(config);
  const dataSource = await new DataSource(connection.options).initialize();
  try {
    await prepareSchema(dataSource, connection.endpoint.kind === 'embedded' ? 'auto' : config.MIGRATIONS_RUN);
    return await dataSource.transaction('REPEATABLE READ', rebuildAnalytics);
  } finally {
    await dataSource.destroy();
    await connection.close();
  }
}

/** The whole of stdin, without the line break a shell or a file leaves at its end. */
async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '');
}

function idArgument(value: string | undefined): string {
  if (!value || !validate(value)) throw new Error(`a dead letter id (UUID) is required\n${USAGE}`);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      context: { type: 'string' },
      page: { type: 'string', default: '1' },
      limit: { type: 'string', default: '20' },
      email: { type: 'string' },
      password: { type: 'string' },
      // Keeps the password out of the process list and the shell history: `… --password-stdin < file`.
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const [group, command, id] = positionals;
  const out = (value: unknown): void => void process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  if (group === 'create-admin') {
    const password = values['password-stdin'] ? await readStdin() : values.password;
    const { userId, created, status } = await createAdmin(values.email, password);
    const note = created ? 'registered and made superadmin' : 'existing account (password confirmed) made superadmin';
    return out({
      superadmin: userId,
      email: values.email,
      created,
      status,
      note: status === 'active' ? note : `${note}; it is ${status}: activate it before it can log in`,
    });
  }
  if (group === 'crm') {
    if (command !== 'rebuild-analytics') throw new Error(USAGE);
    const rebuilt = await rebuildCrmAnalytics();
    const note =
      'lifecycle moves rebuilt from created_at (lead), converted_at (customer) and churned_at (churned) only: the write model keeps no date for qualifications and reactivations, so a rebuild cannot restore those moves';
    return out({ rebuilt, note });
  }
  if (group !== 'dead-letters') throw new Error(USAGE);
  switch (command) {
    case 'list': {
      const [page, limit] = [Number(values.page), Number(values.limit)];
      if (!Number.isInteger(page) || page < 1 || !Number.isInteger(limit) || limit < 1 || limit > 100)
        throw new Error('--page must be ≥ 1 and --limit 1..100');
      return out(await withManager((manager) => deadLetterStore.list(manager, values.context, page, limit)));
    }
    case 'replay':
      return out(
        await withManager(
          async (manager) => {
            const letter = await deadLetterStore.take(manager, idArgument(id));
            await deadLetterStore.requeue(manager, letter);
            return { replayed: letter.id, event: letter.eventId, handler: letter.handler };
          },
          { wroteOutbox: true },
        ),
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
