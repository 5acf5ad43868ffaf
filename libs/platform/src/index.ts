export * from './platform.module';
export * from './readiness-checks';
export * from './request-context';
export * from './redis-connection';
export * from './transactional-command-bus';
