import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyPruner } from './idempotency-pruner';
import { IdempotencyStore } from './idempotency.store';

/** Idempotency-Key support; configureHttpApp puts its interceptor on the routes, so an app that forgets this module does not start. */
@Module({
  imports: [DiscoveryModule],
  providers: [IdempotencyStore, IdempotencyInterceptor, IdempotencyPruner],
  exports: [IdempotencyInterceptor, IdempotencyStore],
})
export class IdempotencyModule {}
