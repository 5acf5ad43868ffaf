import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@promenade/config';
import { TransactionalCommandBus } from '@promenade/platform';
import { DataSource } from 'typeorm';
import { ClusterSchedule } from './cluster-schedule';
import { DATABASE_CONNECTION, DatabaseConnection, describeEndpoint, openDatabaseConnection } from './database-connection';
import { DatabaseHealth } from './database-health';
import { prepareSchema } from './migrations';
import { UnitOfWork } from './unit-of-work';
import { UnitOfWorkCommandBus } from './unit-of-work-command-bus';

/** Opens the database chosen by configuration, once, before TypeORM needs it. */
@Global()
@Module({
  providers: [
    {
      provide: DATABASE_CONNECTION,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => openDatabaseConnection(config),
    },
  ],
  exports: [DATABASE_CONNECTION],
})
class DatabaseConnectionModule {}

/**
 * TypeORM on `pg`, the unit of work, and the schema made current at start. Contexts register
 * their models with `TypeOrmModule.forFeature([...])`, write through the UnitOfWork, and send
 * commands through the TransactionalCommandBus, which runs each in one.
 */
@Global()
@Module({
  imports: [
    DatabaseConnectionModule,
    TerminusModule,
    TypeOrmModule.forRootAsync({
      inject: [DATABASE_CONNECTION],
      // One retry: an unreachable DATABASE_URL should fail the start quickly and plainly, not after 30 s of retries.
      useFactory: (connection: DatabaseConnection) => ({
        ...connection.options,
        autoLoadEntities: true,
        retryAttempts: 1,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [UnitOfWork, ClusterSchedule, DatabaseHealth, { provide: TransactionalCommandBus, useClass: UnitOfWorkCommandBus }],
  exports: [UnitOfWork, ClusterSchedule, TransactionalCommandBus],
})
export class PersistenceModule implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
  ) {}

  /** Embedded data is ours to migrate; a real server is migrated at start only when asked. */
  async onModuleInit(): Promise<void> {
    const { endpoint } = this.connection;
    if (endpoint.kind === 'embedded' && !endpoint.servedHere) {
      throw new Error(`another process already serves the embedded database at ${endpoint.socketDir}; stop it, or set another DATA_DIR`);
    }
    const mode = this.connection.endpoint.kind === 'embedded' ? 'auto' : this.config.MIGRATIONS_RUN;
    await prepareSchema(this.dataSource, mode);
    this.logger.log(`connected to ${describeEndpoint(this.connection.endpoint)}`);
  }

  /** The pool must be closed before the embedded server it talks to (TypeORM's own hook then finds it closed). */
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.connection.close();
  }
}
