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

/** At start: apply pending migrations (`auto`), or refuse to start while any is pending (`check`). */
export async function prepareSchema(dataSource: DataSource, mode: 'auto' | 'check'): Promise<void> {
  if (mode === 'auto') {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
  if (pending.length > 0) throw new PendingMigrations(pending.map((m) => m.name));
}
