import { Controller, Get, INestApplicationContext, Module, Post } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { RouteSecurity } from './route-security';
import { Public, RequirePermission } from './route-security.decorators';

@Controller('health')
class HealthController {
  @Public()
  @Get()
  check(): void {}

  /** Not a route: no HTTP decorator, so the check ignores it (else it would stop the start as undeclared). */
  helper(): void {}
}

@Controller('orders')
@RequirePermission('orders:read')
class OrdersController {
  @Get()
  list(): void {}

  @Post()
  @RequirePermission('orders:write')
  create(): void {}

  @Get('mine')
  @RequirePermission('orders:read')
  mine(): void {}
}

@Controller('shipments')
class ShipmentsController {
  @Get()
  @RequirePermission('shipments:read')
  list(): void {}

  @Post()
  forgotten(): void {}
}

@Controller('catalog')
@Public()
class PublicClassController {
  @Get()
  browse(): void {}

  @Post()
  @RequirePermission('catalog:write')
  edit(): void {}
}

@Controller('reports')
@RequirePermission('analytics:read')
class PermissionClassController {
  @Get()
  @Public()
  summary(): void {}
}

@Controller('profiles')
class BothOnMethodController {
  @Get()
  @Public()
  @RequirePermission('profiles:read')
  read(): void {}
}

/** A real Nest context (no HTTP server): discovery, the metadata scanner and the reflector as the app uses them. */
async function start(...controllers: Array<new () => object>): Promise<INestApplicationContext> {
  @Module({ imports: [DiscoveryModule], controllers, providers: [RouteSecurity] })
  class TestModule {}
  return NestFactory.createApplicationContext(TestModule, { logger: false, abortOnError: false });
}

describe('RouteSecurity', () => {
  it('lets the service start when every route is public or declares a permission, and lists those permissions once each, sorted', async () => {
    const app = await start(OrdersController, HealthController);
    try {
      expect(app.get(RouteSecurity).declaredPermissions()).toEqual(['orders:read', 'orders:write']);
    } finally {
      await app.close();
    }
  });

  it('stops the start, naming the route that is neither public nor declares a permission', async () => {
    await expect(start(HealthController, ShipmentsController)).rejects.toThrow(
      'Routes without @Public() or @RequirePermission(): ShipmentsController.forgotten',
    );
  });

  it.each([
    ['@Public() on the class, a permission on the method', PublicClassController, 'PublicClassController.edit (catalog:write)'],
    ['a permission on the class, @Public() on the method', PermissionClassController, 'PermissionClassController.summary (analytics:read)'],
    ['both on the method', BothOnMethodController, 'BothOnMethodController.read (profiles:read)'],
  ])('stops the start, naming the route, when a route is both public and declares a permission: %s', async (_, controller, named) => {
    const attempt = start(HealthController, controller);
    await expect(attempt).rejects.toThrow('Routes both @Public() and @RequirePermission(), choose one: ');
    await expect(attempt).rejects.toThrow(named);
  });

  it('names only the ambiguous route, not the public ones beside it', async () => {
    await expect(start(PublicClassController)).rejects.toThrow(/choose one: PublicClassController\.edit \(catalog:write\)$/);
  });
});
