export * from './auth.errors';
export * from './auth.guard';
export * from './auth.module';
export * from './authenticator';
export * from './bearer-token';
export * from './current-principal.decorator';
export * from './no-store.decorator';
// The permission rule lives in the kernel (the domain uses it too); re-exported for route code.
export { grants, PERMISSION_PATTERN } from '@promenade/ddd';
export * from './principal';
export * from './route-security';
export * from './route-security.decorators';
