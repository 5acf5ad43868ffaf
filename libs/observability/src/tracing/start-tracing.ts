import type { Tracing } from './tracer-provider';

export type { Tracing };

/**
 * Starts OpenTelemetry when `OTEL_EXPORTER_OTLP_ENDPOINT` is set (off otherwise, at no cost: the API's no-op tracer stays,
 * and the SDK is not even loaded): spans go to that OTLP/HTTP endpoint in batches (`OTEL_BSP_SCHEDULE_DELAY` ms apart,
 * default 5000); incoming HTTP (the server span, W3C `traceparent` read from the request), Fastify's routes, pg queries and
 * ioredis commands are instrumented by their maintained instrumentations. It must run before those modules are loaded, so
 * `src/tracing.ts` is the first import of `src/main.ts`. Messaging adds its own spans across queue hops (libs/messaging
 * `trace-context`).
 */
export function startTracing(env: NodeJS.ProcessEnv = process.env): Tracing | undefined {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  // Synchronous, unlike import(): the instrumentations must be in place before main.ts loads what they wrap.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracerProvider } = require('./tracer-provider') as typeof import('./tracer-provider');
  return startTracerProvider(env);
}
