import type { Logger, LogFn } from 'pino';

/** Nest's start-up route listing: about 150 lines, one per route, that would bury what an operator needs to read. */
const ROUTE_MAPPING_CONTEXTS = new Set(['RoutesResolver', 'RouterExplorer']);

/**
 * A pino `logMethod` hook that writes Nest's route-mapping lines at debug instead of info, so `LOG_LEVEL=debug`
 * shows them and the default level does not. (Nest's controller line also names the global prefix even for
 * routes excluded from it, e.g. `HealthController {/api/v1/health}` for `/health/*`; the mapped routes are right.)
 */
export function routeMappingAtDebug(this: Logger, args: Parameters<LogFn>, method: LogFn, level: number): void {
  const [first] = args as unknown[];
  const context = typeof first === 'object' && first !== null ? (first as { context?: unknown }).context : undefined;
  if (level > this.levels.values.debug && typeof context === 'string' && ROUTE_MAPPING_CONTEXTS.has(context)) {
    this.debug(...args);
    return;
  }
  method.apply(this, args);
}
