import { DataSource, MigrationExecutor } from 'typeorm';

export class PendingMigrations extends Error {
  constructor(names: string[]) {
    super(
      `The database has ${names.length} pending migration(s): ${names.join(', ')}. ` +
        'Run `npm run migration:run`, or start with MIGRATIONS_RUN=auto to apply them at start.',
    );
    this.name = 'PendingMigrations';
  }
}

/** The migrations the code has that the database has not run (a newer release's, or one applied by nobody yet). */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  return (await new MigrationExecutor(dataSource).getPendingMigrations()).map((migration) => migration.name);
}

/** At start: apply pending migrations (`auto`), or refuse to start while any is pending (`check`). */
export async function prepareSchema(dataSource: DataSource, mode: 'auto' | 'check'): Promise<void> {
  if (mode === 'auto') {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const pending = await pendingMigrations(dataSource);
  if (pending.length > 0) throw new PendingMigrations(pending);
}
