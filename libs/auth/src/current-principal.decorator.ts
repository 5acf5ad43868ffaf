import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Principal } from './principal';

export interface AuthenticatedRequest {
  principal?: Principal;
}

/**
 * The caller. On a protected route always set (the guard ran first); on a public route undefined
 * unless a valid token came along.
 */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal | undefined => context.switchToHttp().getRequest<AuthenticatedRequest>().principal,
);
