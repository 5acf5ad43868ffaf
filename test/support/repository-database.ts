import { DomainEvent, OpenedRepository } from '@promenade/ddd';
import { MIGRATIONS_GLOB, UnitOfWork } from '@promenade/persistence';
import { DataSource } from 'typeorm';
import { createFreshDatabase, FreshDatabase } from './fresh-database';

/**
 * A fresh database on the real PostgreSQL with every migration run, and a real unit of work whose
 * events are recorded instead of written to the outbox: what the repository contract suites run
 * the TypeORM adapters on.
 */
export class RepositoryDatabase {
  private readonly released: DomainEvent[] = [];
  readonly uow: UnitOfWork;

  private constructor(
    private readonly database: FreshDatabase,
    readonly dataSource: DataSource,
  ) {
    const sink = {
      append: async (_manager: unknown, events: DomainEvent[]) => void this.released.push(...events),
      committed: () => undefined,
    };
    this.uow = new UnitOfWork(dataSource, sink);
  }

  static async open(models: Array<new () => object>): Promise<RepositoryDatabase> {
    const database = await createFreshDatabase();
    const dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      entities: models,
      migrations: [MIGRATIONS_GLOB],
      extra: { max: 4 },
    });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    return new RepositoryDatabase(database, dataSource);
  }

  /** `repository` over emptied `tables` (schema-qualified), with no event recorded yet: each contract test starts from an empty store. */
  async emptied<R>(repository: R, tables: string[]): Promise<OpenedRepository<R>> {
    await this.dataSource.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
    this.released.length = 0;
    return { repository, released: () => this.released };
  }

  async close(): Promise<void> {
    await this.dataSource.destroy();
    await this.database.drop();
  }
}
