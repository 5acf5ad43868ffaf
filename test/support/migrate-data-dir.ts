import 'reflect-metadata';
import { parseConfig } from '@promenade/config';
import { openDatabaseConnection, prepareSchema } from '@promenade/persistence';
import { DataSource } from 'typeorm';

/**
 * `ts-node test/support/migrate-data-dir.ts <dir>`: what an app's first start does to the embedded database in DATA_DIR
 * `<dir>` — initdb, then every migration, through the app's own connection options — and nothing else; then a clean
 * shutdown, so the directory can be copied. Run by buildDataDirTemplate.
 */
async function migrateDataDir(dataDir: string): Promise<void> {
  const connection = await openDatabaseConnection(parseConfig({ DATA_DIR: dataDir }));
  const dataSource = new DataSource(connection.options);
  try {
    await dataSource.initialize();
    await prepareSchema(dataSource, 'auto');
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await connection.close();
  }
}

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: ts-node test/support/migrate-data-dir.ts <data-dir>');
migrateDataDir(dataDir).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
