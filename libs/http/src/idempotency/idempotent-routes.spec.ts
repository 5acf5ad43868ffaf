import { Controller, Get, Patch, Post, Put } from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { putOnIdempotentRoutes } from './idempotent-routes';

@Controller('things')
class ThingsController {
  @Get() list(): void {}
  @Post() create(): void {}
  @Patch(':id') change(): void {}
  @Put(':id') replace(): void {}
  helper(): void {}
}

const interceptorsOf = (name: keyof ThingsController): unknown[] | undefined =>
  Reflect.getMetadata(INTERCEPTORS_METADATA, ThingsController.prototype[name]) as unknown[] | undefined;
const anInterceptor = () => new IdempotencyInterceptor(undefined as never, undefined as never, undefined as never);

describe('putOnIdempotentRoutes', () => {
  it('puts the interceptor on POST and PATCH routes only', () => {
    const interceptor = anInterceptor();
    putOnIdempotentRoutes([ThingsController, null], interceptor);

    expect(interceptorsOf('create')).toHaveLength(1);
    expect(interceptorsOf('create')?.[0]).toBe(interceptor);
    expect(interceptorsOf('change')?.[0]).toBe(interceptor);
    expect(interceptorsOf('list')).toBeUndefined();
    expect(interceptorsOf('replace')).toBeUndefined();
    expect(interceptorsOf('helper')).toBeUndefined();
  });

  it("replaces the interceptor an earlier app left on the class, keeping the route's own first-to-last after it", () => {
    const own = { intercept: jest.fn() };
    Reflect.defineMetadata(INTERCEPTORS_METADATA, [anInterceptor(), own], ThingsController.prototype.create);
    const current = anInterceptor();

    putOnIdempotentRoutes([ThingsController], current);
    putOnIdempotentRoutes([ThingsController], current);

    const [first, second, ...rest] = interceptorsOf('create') ?? [];
    expect(first).toBe(current);
    expect(second).toBe(own);
    expect(rest).toEqual([]);
  });
});
