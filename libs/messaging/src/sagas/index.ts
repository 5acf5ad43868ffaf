export * from './decide-saga';
export * from './saga-definition';
export * from './saga-handler';
export * from './saga-registry';
export * from './saga-runner';
export * from './saga-snapshot';
export { createSagaTables, dropSagaTables } from './saga-tables';
export * from './saga-timeout-due';
