import { ExecutionContext } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { PermissionDenied, Unauthenticated } from './auth.errors';
import { AuthGuard } from './auth.guard';
import { Authenticator } from './authenticator';
import { AuthenticatedRequest } from './current-principal.decorator';
import { Principal } from './principal';
import { Public, RequirePermission } from './route-security.decorators';

const TOKEN = { id: 'jti-1', sessionId: 'session-1', expiresAt: new Date('2030-01-01T00:00:00Z') };

/** Routes as a real controller would declare them, read by a real Reflector. */
class DummyController {
  @Public()
  open(): void {}

  @RequirePermission('orders:read')
  readOrders(): void {}

  @RequirePermission('orders:read:any')
  readAnyOrders(): void {}

  undeclared(): void {}
}

@Public()
class PublicController {
  anything(): void {}
}

/** Valid tokens map to their principal; 'invalid' is refused; 'explodes' fails as a broken store would. */
class FakeAuthenticator implements Authenticator {
  readonly tokens = new Map<string, Principal>();

  async authenticate(accessToken: string): Promise<Principal> {
    if (accessToken === 'explodes') throw new Error('user store unreachable');
    const principal = this.tokens.get(accessToken);
    if (!principal) throw new Unauthenticated();
    return principal;
  }
}

type Request = AuthenticatedRequest & { headers: { authorization?: string } };

function httpContext(
  controller: new () => object,
  method: string,
  authorization?: string,
): { context: ExecutionContext; request: Request } {
  const request: Request = { headers: authorization === undefined ? {} : { authorization } };
  const context = {
    getType: () => 'http',
    getClass: () => controller,
    getHandler: () => (controller.prototype as Record<string, unknown>)[method],
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

function moduleRefWith(authenticator?: Authenticator): ModuleRef {
  return {
    get: () => {
      if (!authenticator) throw new Error('Nest could not find Symbol(Authenticator) element');
      return authenticator;
    },
  } as unknown as ModuleRef;
}

describe('AuthGuard', () => {
  let authenticator: FakeAuthenticator;
  let guard: AuthGuard;

  beforeEach(() => {
    authenticator = new FakeAuthenticator();
    authenticator.tokens.set('reader', new Principal('user-reader', ['orders:read'], TOKEN));
    authenticator.tokens.set('nobody', new Principal('user-nobody', ['account:read'], TOKEN));
    authenticator.tokens.set('superadmin', new Principal('user-root', ['*:*'], TOKEN));
    authenticator.tokens.set('orders-admin', new Principal('user-orders', ['orders:*'], TOKEN));
    guard = new AuthGuard(new Reflector(), moduleRefWith(authenticator));
    guard.onModuleInit();
  });

  describe('on a public route', () => {
    it('lets a caller without a token through, with no principal', async () => {
      const { context, request } = httpContext(DummyController, 'open');
      await expect(guard.canActivate(context)).resolves.toBe(true);
      expect(request.principal).toBeUndefined();
    });

    it('lets a caller with an invalid token through, ignoring the token', async () => {
      const { context, request } = httpContext(DummyController, 'open', 'Bearer invalid');
      await expect(guard.canActivate(context)).resolves.toBe(true);
      expect(request.principal).toBeUndefined();
    });

    it('identifies a caller with a valid token', async () => {
      const { context, request } = httpContext(DummyController, 'open', 'Bearer reader');
      await expect(guard.canActivate(context)).resolves.toBe(true);
      expect(request.principal?.userId).toBe('user-reader');
    });

    it('applies @Public() on the controller class to its methods', async () => {
      const { context } = httpContext(PublicController, 'anything');
      await expect(guard.canActivate(context)).resolves.toBe(true);
    });

    it('lets an error other than Unauthenticated propagate, so an outage is not mistaken for an anonymous caller', async () => {
      const { context } = httpContext(DummyController, 'open', 'Bearer explodes');
      await expect(guard.canActivate(context)).rejects.toThrow('user store unreachable');
    });
  });

  describe('on a protected route', () => {
    it('refuses a caller without a token with Unauthenticated', async () => {
      const { context } = httpContext(DummyController, 'readOrders');
      await expect(guard.canActivate(context)).rejects.toBeInstanceOf(Unauthenticated);
    });

    it('refuses an Authorization header that is not a bearer token with Unauthenticated', async () => {
      const { context } = httpContext(DummyController, 'readOrders', 'Basic dXNlcjpwYXNz');
      await expect(guard.canActivate(context)).rejects.toBeInstanceOf(Unauthenticated);
    });

    it('refuses an invalid token with Unauthenticated', async () => {
      const { context } = httpContext(DummyController, 'readOrders', 'Bearer invalid');
      await expect(guard.canActivate(context)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', kind: 'unauthenticated' });
    });

    it('refuses every caller of a route that declares no permission, even a superadmin', async () => {
      const { context } = httpContext(DummyController, 'undeclared', 'Bearer superadmin');
      const attempt = guard.canActivate(context);
      await expect(attempt).rejects.toBeInstanceOf(PermissionDenied);
      await expect(attempt).rejects.toThrow('declares no permission');
    });

    it('refuses a caller lacking the permission with PermissionDenied naming it', async () => {
      const { context } = httpContext(DummyController, 'readOrders', 'Bearer nobody');
      const attempt = guard.canActivate(context);
      await expect(attempt).rejects.toMatchObject({ code: 'PERMISSION_DENIED', kind: 'forbidden' });
      await expect(attempt).rejects.toThrow('orders:read');
    });

    it('does not take the own-scope permission for the :any one', async () => {
      const { context } = httpContext(DummyController, 'readAnyOrders', 'Bearer reader');
      await expect(guard.canActivate(context)).rejects.toThrow('orders:read:any');
    });

    it('lets a caller holding the permission through and sets the principal', async () => {
      const { context, request } = httpContext(DummyController, 'readOrders', 'Bearer reader');
      await expect(guard.canActivate(context)).resolves.toBe(true);
      expect(request.principal?.userId).toBe('user-reader');
    });

    it.each(['superadmin', 'orders-admin'])('lets a caller through whose wildcard covers the permission (%s)', async (token) => {
      const { context } = httpContext(DummyController, 'readAnyOrders', `Bearer ${token}`);
      await expect(guard.canActivate(context)).resolves.toBe(true);
    });
  });

  describe('the Authorization header', () => {
    it.each(['Bearer reader', 'bearer reader', 'BEARER reader', 'bEaReR reader', 'Bearer  reader'])(
      'reads the token whatever the case of the scheme (%p)',
      async (header) => {
        const { context, request } = httpContext(DummyController, 'readOrders', header);
        await expect(guard.canActivate(context)).resolves.toBe(true);
        expect(request.principal?.userId).toBe('user-reader');
      },
    );

    it.each(['Basic reader', 'Bearerreader', 'Bearer', 'Bearer reader extra', 'Bearer\treader'])(
      'refuses a header that is not a bearer credential (%p)',
      async (header) => {
        const { context } = httpContext(DummyController, 'readOrders', header);
        await expect(guard.canActivate(context)).rejects.toThrow(Unauthenticated);
      },
    );
  });

  it('does not guard what is not an HTTP request', async () => {
    const context = { getType: () => 'rpc' } as unknown as ExecutionContext;
    await expect(guard.canActivate(context)).resolves.toBe(true);
  });

  it('refuses to start without an Authenticator, saying why', () => {
    const unguarded = new AuthGuard(new Reflector(), moduleRefWith(undefined));
    expect(() => unguarded.onModuleInit()).toThrow('No context provides an Authenticator (AUTHENTICATOR)');
  });
});
