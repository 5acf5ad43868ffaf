import { FastifyOtelInstrumentation } from '@fastify/otel';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/** What the process keeps to flush its last spans at shutdown. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/** Probes and scrapes are not traced: they would drown the traces that matter. */
const UNTRACED_PATHS = /^\/(health\/|metrics(\?|$))/;

/**
 * The OpenTelemetry SDK as startTracing configures it, in a module of its own that startTracing loads only when tracing is
 * on: the SDK and its instrumentations take a quarter of a second to load, at every start.
 */
export function startTracerProvider(env: NodeJS.ProcessEnv): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: env.OTEL_SERVICE_NAME ?? 'promenade',
      'promenade.process_role': env.PROCESS_ROLE ?? 'all',
    }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter(), { scheduledDelayMillis: Number(env.OTEL_BSP_SCHEDULE_DELAY ?? 5_000) }),
    ],
  });
  // The global tracer provider, the async-hooks context manager, and W3C trace context alone as the propagator: the SDK's
  // default adds W3C baggage, which would copy whatever `baggage` header a client sends into every event and job.
  provider.register({ propagator: new W3CTraceContextPropagator() });
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? '') }),
      new FastifyOtelInstrumentation({ registerOnInitialization: true }),
      // Only queries and commands inside a trace: the relay's polls, the schedules' claims and BullMQ's own blocking reads
      // would otherwise each start one.
      new PgInstrumentation({ requireParentSpan: true }),
      new IORedisInstrumentation({ requireParentSpan: true }),
    ],
  });
  return provider;
}
