export * from './idempotency-key';
export * from './idempotency.errors';
export * from './idempotency.interceptor';
export * from './idempotency.module';
export * from './idempotency.openapi';
export * from './idempotency.store';
export * from './idempotent-routes';
export * from './require-idempotency-key.decorator';
