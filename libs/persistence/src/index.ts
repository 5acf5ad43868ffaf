export * from './concurrency-conflict.error';
export * from './database-connection';
export * from './embedded-postgres';
export * from './migrations';
export * from './persistence.module';
export * from './typeorm-aggregate.repository';
export * from './unit-of-work';
export * from './versioned.model';
