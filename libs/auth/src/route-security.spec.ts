import { Controller, Get, INestApplicationContext, Module, Post } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { RouteSecurity } from './route-security';
import { Public, RequirePermission } from './route-security.decorators';

@Controller('health')
class HealthController {
  @Public()
  @Get()
  check(): void {}
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

  /** Not a route: no HTTP decorator, so the check ignores it. */
  helper(): void {}
}

@Controller('shipments')
class ShipmentsController {
  @Get()
  @RequirePermission('shipments:read')
  list(): void {}

  @Post()
  forgotten(): void {}
}

/** A real Nest context (no HTTP server): discovery, the metadata scanner and the reflector as the app uses them. */
async function start(...controllers: Array<new () => object>): Promise<INestApplicationContext> {
  @Module({ imports: [DiscoveryModule], controllers, providers: [RouteSecurity] })
  class TestModule {}
  return NestFactory.createApplicationContext(TestModule, { logger: false, abortOnError: false });
}

describe('RouteSecurity', () => {
  it('lets the service start when every route is public or declares a permission', async () => {
    const app = await start(HealthController, OrdersController);
    try {
      const security = app.get(RouteSecurity);
      expect(security.routes()).toEqual(
        expect.arrayContaining([
          { route: 'HealthController.check', permission: undefined, public: true },
          { route: 'OrdersController.list', permission: 'orders:read', public: false },
          { route: 'OrdersController.create', permission: 'orders:write', public: false },
        ]),
      );
      expect(security.routes().map((entry) => entry.route)).not.toContain('OrdersController.helper');
    } finally {
      await app.close();
    }
  });

  it('lists the declared permissions once each, sorted', async () => {
    const app = await start(OrdersController, HealthController);
    try {
      expect(app.get(RouteSecurity).declaredPermissions()).toEqual(['orders:read', 'orders:write']);
    } finally {
      await app.close();
    }
  });

  it('stops the start, naming the route that is neither public nor declares a permission', async () => {
    await expect(start(HealthController, ShipmentsController)).rejects.toThrow('Routes without @Public() or @RequirePermission(): ShipmentsController.forgotten');
  });
});
