export * from './platform.module';
export * from './health-checks';
export * from './request-context';
export * from './redis-connection';
export * from './transactional-command-bus';
