export * from './platform.module';
export * from './request-context';
