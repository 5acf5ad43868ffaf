export * from './dead-letters';
export * from './delivery';
export * from './event-registry';
export * from './event-routes';
export * from './memory.transport';
export * from './messaging.module';
export * from './outbox-relay';
export * from './retry-policy.decorator';
