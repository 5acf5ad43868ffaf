import { CanActivate, ExecutionContext, Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { Unauthenticated, PermissionDenied } from './auth.errors';
import { AUTHENTICATOR, Authenticator } from './authenticator';
import { AuthenticatedRequest } from './current-principal.decorator';
import { PUBLIC_ROUTE, REQUIRED_PERMISSION } from './route-security.decorators';
import { bearerToken } from './bearer-token';

// RFC 9110 §11.1: the scheme name is case-insensitive, and one or more spaces part it from the token68.

/** The global guard: a route is public, or it needs a valid access token and its declared permission. */
@Injectable()
export class AuthGuard implements CanActivate, OnModuleInit {
  private authenticator!: Authenticator;

  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    try {
      this.authenticator = this.moduleRef.get<Authenticator>(AUTHENTICATOR, { strict: false });
    } catch {
      throw new Error('No context provides an Authenticator (AUTHENTICATOR): the API would be open, so the service does not start.');
    }
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const token = bearerToken(request.headers.authorization);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      if (token) request.principal = await this.authenticator.authenticate(token).catch(ignoreUnauthenticated);
      return true;
    }
    if (!token) throw new Unauthenticated();
    const principal = await this.authenticator.authenticate(token);
    request.principal = principal;
    const permission = this.reflector.getAllAndOverride<string | undefined>(REQUIRED_PERMISSION, targets);
    if (!permission) throw new PermissionDenied();
    if (!principal.can(permission)) throw new PermissionDenied(permission);
    return true;
  }
}

function ignoreUnauthenticated(error: unknown): undefined {
  if (error instanceof Unauthenticated) return undefined;
  throw error;
}
