import { Module } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyPruner } from './idempotency-pruner';
import { IdempotencyStore } from './idempotency.store';

/** Idempotency-Key support; configureHttpApp installs its interceptor, so an app that forgets this module does not start. */
@Module({
  providers: [IdempotencyStore, IdempotencyInterceptor, IdempotencyPruner],
  exports: [IdempotencyInterceptor, IdempotencyStore],
})
export class IdempotencyModule {}
