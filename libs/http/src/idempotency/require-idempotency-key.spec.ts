import { CallHandler, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UnitOfWork } from '@promenade/persistence';
import { lastValueFrom, of } from 'rxjs';
import { RequestValidationFailed } from '../validation';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency.store';
import { RequireIdempotencyKey } from './require-idempotency-key.decorator';

class Routes {
  @RequireIdempotencyKey()
  pay(): void {}

  placeOrder(): void {}
}

describe('RequireIdempotencyKey', () => {
  const run = jest.fn();
  const interceptor = new IdempotencyInterceptor(new Reflector(), { run } as unknown as UnitOfWork, {} as IdempotencyStore);
  const next: CallHandler = { handle: () => of('ran') };

  function contextOf(route: keyof Routes, headers: Record<string, string>): ExecutionContext {
    const request = { method: 'POST', url: '/x', body: {}, headers, principal: { userId: 'u' } };
    const reply = { getHeader: () => undefined };
    return {
      getType: () => 'http',
      getHandler: () => Routes.prototype[route],
      getClass: () => Routes,
      switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
    } as unknown as ExecutionContext;
  }

  beforeEach(() => run.mockReset());

  it('refuses a request without the header on a marked route, with a 400 naming the header', () => {
    let refusal: unknown;
    try {
      interceptor.intercept(contextOf('pay', {}), next);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(RequestValidationFailed);
    expect((refusal as RequestValidationFailed).fieldErrors).toEqual([
      { field: 'Idempotency-Key', message: expect.stringMatching(/required/) },
    ]);
  });

  it('lets an unmarked route run without the header, as before', () => {
    const handled = jest.spyOn(next, 'handle');
    interceptor.intercept(contextOf('placeOrder', {}), next);
    expect(handled).toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it('takes a marked request that carries the key into its unit of work', async () => {
    run.mockResolvedValue('stored or ran');
    await lastValueFrom(interceptor.intercept(contextOf('pay', { 'idempotency-key': 'k-1' }), next));
    expect(run).toHaveBeenCalledTimes(1);
  });
});
