import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { PERMISSION_PATTERN } from '@promenade/ddd';

export const PUBLIC_ROUTE = 'promenade:public';
export const REQUIRED_PERMISSION = 'promenade:permission';
/** The OpenAPI security scheme protected routes refer to (Swagger UI's Authorize button). */
export const BEARER_SCHEME = 'bearer';

/** Anyone may call this route. A valid token, when sent, still identifies the caller; an invalid one is ignored. */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(PUBLIC_ROUTE, true);
}

/**
 * The route needs a valid access token whose user holds `permission`; Swagger shows the lock and the
 * permission (its 401 and 403 answers are added to the document by libs/http).
 */
export function RequirePermission(permission: string): MethodDecorator & ClassDecorator {
  if (!PERMISSION_PATTERN.test(permission)) throw new Error(`"${permission}" is not a resource:action permission`);
  return applyDecorators(
    SetMetadata(REQUIRED_PERMISSION, permission),
    ApiBearerAuth(BEARER_SCHEME),
    ApiExtension('x-permission', permission),
  );
}
