import { startTracing } from '@promenade/observability/tracing';

/**
 * OpenTelemetry, started before anything else is loaded so its instrumentations wrap http, pg and ioredis as they are first
 * required: `src/main.ts` imports this file first. Undefined when tracing is off (no OTEL_EXPORTER_OTLP_ENDPOINT).
 */
export const tracing = startTracing();
