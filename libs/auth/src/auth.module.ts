import { Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { RouteSecurity } from './route-security';

/** Secure by default: the global guard, and the start-up check that every route says who may call it. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }, RouteSecurity],
  exports: [RouteSecurity],
})
export class AuthModule {}
