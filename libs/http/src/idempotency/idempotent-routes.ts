import { INestApplication, RequestMethod, Type } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { IDEMPOTENT_KEY_METHODS } from './idempotency-key';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/**
 * Puts the app's IdempotencyInterceptor on each route whose method takes an Idempotency-Key (POST, PATCH), before the
 * routes are registered. As a global interceptor it took every other request, reads included, through Nest's interceptor
 * chain (rxjs, and an AsyncResource.bind whose deprecation wrapper Node 20 builds on each call) only to pass it on.
 */
export function useIdempotentRoutes(app: INestApplication): void {
  const controllers = app.get(DiscoveryService).getControllers();
  putOnIdempotentRoutes(
    controllers.map(({ metatype }) => metatype as Type | null),
    app.get(IdempotencyInterceptor),
  );
}

/**
 * The route metadata work of useIdempotentRoutes. Nest reads a route's interceptors when it registers the route, so an
 * app keeps the instance it was given; one that an earlier app in this process left on the shared class is replaced,
 * never stacked (it would hold that app's closed database).
 */
export function putOnIdempotentRoutes(controllers: Array<Type | null>, interceptor: IdempotencyInterceptor): void {
  const scanner = new MetadataScanner();
  for (const controller of controllers) {
    const prototype = controller?.prototype as Record<string, object> | undefined;
    if (!prototype) continue;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
      if (!IDEMPOTENT_KEY_METHODS.has(RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod])) continue;
      const others = ((Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? []) as unknown[]).filter(
        (existing) => !(existing instanceof IdempotencyInterceptor),
      );
      // First, as it ran when global: a replayed answer skips every other interceptor.
      Reflect.defineMetadata(INTERCEPTORS_METADATA, [interceptor, ...others], handler);
    }
  }
}
