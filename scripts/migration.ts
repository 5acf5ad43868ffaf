/**
 * Migrations, per context: `migrations/<context>/<timestamp>-<Name>.ts`, recorded in one table.
 *   npm run migration:run                          apply every pending migration
 *   npm run migration:revert                       undo the last applied migration
 *   npm run migration:show                         list applied and pending migrations
 *   npm run migration:generate -- <context> <Name> write the SQL that brings <context>'s tables
 *                                                  in line with its persistence models
 * Works on DATABASE_URL, or on the embedded database (through the running service's socket if it runs).
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '@promenade/config';
import { DatabaseConnection, describeEndpoint, openDatabaseConnection } from '@promenade/persistence';
import { DataSource, MigrationExecutor } from 'typeorm';

const ROOT = resolve(__dirname, '..');

async function withDataSource(entities: string[], work: (dataSource: DataSource) => Promise<void>): Promise<void> {
  const connection: DatabaseConnection = await openDatabaseConnection(loadConfig());
  const dataSource = await new DataSource({ ...connection.options, entities } as never).initialize();
  process.stdout.write(`database: ${describeEndpoint(connection.endpoint)}\n`);
  try {
    await work(dataSource);
  } finally {
    await dataSource.destroy();
    await connection.close();
  }
}

async function run(): Promise<void> {
  await withDataSource([], async (dataSource) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(applied.length ? applied.map((m) => `applied ${m.name}\n`).join('') : 'nothing to apply\n');
  });
}

async function revert(): Promise<void> {
  await withDataSource([], async (dataSource) => {
    const executor = new MigrationExecutor(dataSource);
    // TypeORM undoes the migration executed last (highest id), not the one with the latest timestamp.
    const [last] = (await executor.getExecutedMigrations()).sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
    if (!last) return void process.stdout.write('nothing to revert\n');
    await dataSource.undoLastMigration({ transaction: 'each' });
    process.stdout.write(`reverted ${last.name}\n`);
  });
}

async function show(): Promise<void> {
  await withDataSource([], async (dataSource) => {
    const executor = new MigrationExecutor(dataSource);
    const applied = new Set((await executor.getExecutedMigrations()).map((m) => m.name));
    for (const migration of dataSource.migrations) {
      process.stdout.write(`${applied.has(migration.name!) ? '[x]' : '[ ]'} ${migration.name}\n`);
    }
  });
}

async function generate(context: string | undefined, name: string | undefined): Promise<void> {
  if (!context || !/^[a-z][a-z0-9-]*$/.test(context) || !name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    throw new Error('usage: npm run migration:generate -- <context> <PascalCaseName>');
  }
  const models = join(ROOT, 'src/contexts', context, 'infrastructure/persistence');
  if (!existsSync(models)) throw new Error(`no context "${context}" (looked for ${models})`);
  const schema = context.replace(/-/g, '_');
  await withDataSource([`${models}/*.model.{ts,js}`], async (dataSource) => {
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    const schemaExists = (await dataSource.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema])).length > 0;
    const up = sql.upQueries.map((q) => q.query);
    const down = sql.downQueries.map((q) => q.query).reverse();
    if (up.length === 0) return void process.stdout.write(`${context}: models and tables already agree; nothing generated\n`);
    if (!schemaExists) {
      up.unshift(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      down.push(`DROP SCHEMA IF EXISTS "${schema}"`);
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = join(ROOT, 'migrations', context, `${timestamp}-${name}.ts`);
    mkdirSync(join(ROOT, 'migrations', context), { recursive: true });
    writeFileSync(file, render(className, up, down));
    process.stdout.write(`wrote ${file}\n`);
  });
}

function render(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(\`${q.replace(/[`\\]|\$\{/g, (m) => `\\${m}`)}\`);`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

const [command, ...args] = process.argv.slice(2);
const commands: Record<string, () => Promise<void>> = {
  run,
  revert,
  show,
  generate: () => generate(args[0], args[1]),
};

(commands[command ?? ''] ?? (() => Promise.reject(new Error(`unknown command "${command}"; use run, revert, show or generate`))))().catch(
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
