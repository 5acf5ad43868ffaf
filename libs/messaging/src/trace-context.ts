import { Attributes, context, propagation, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { SerializedEvent } from '@promenade/ddd';
import { Delivery, describeError } from './delivery';

/**
 * Spans across queue hops, through the OpenTelemetry API only: with no SDK started (OTEL_EXPORTER_OTLP_ENDPOINT unset) every
 * call here is the API's no-op and envelopes carry no trace context. With it, an event carries the trace context of the work
 * that raised it (an HTTP request, a handler); the relay continues that trace with a `publish <event>` span and sends its
 * context on; each handler runs in a `process <event>` span under it, and what the handler raises carries that span on.
 */
const tracer = trace.getTracer('@promenade/messaging');

/**
 * Runs `schedule` (a timer's creation) outside any trace: a loop started from a request or a handler (the relay, nudged by a
 * commit) would otherwise file every later pass under that request's trace.
 */
export function outsideAnyTrace<T>(schedule: () => T): T {
  return context.with(ROOT_CONTEXT, schedule);
}

/** The active span's trace context, to store with the events a unit of work raises; undefined when there is none. */
export function activeTraceContext(): Record<string, string> | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ? carrier : undefined;
}

function attributesOf(envelope: SerializedEvent): Attributes {
  return {
    'messaging.system': 'promenade',
    'messaging.message.id': envelope.eventId,
    'messaging.destination.name': envelope.name,
    'promenade.correlation_id': envelope.correlationId ?? undefined,
  };
}

/** A row being relayed: the envelope to send (carrying the publish span's context) and that span, ended once the batch is done. */
export interface Publishing {
  envelope: SerializedEvent;
  end(error?: unknown): void;
}

/** Opens the `publish` span continuing a stored event's trace; an event stored without one is sent as it is. */
export function startPublishing(envelope: SerializedEvent, transport: string): Publishing {
  if (!envelope.traceContext) return { envelope, end: () => undefined };
  const parent = propagation.extract(ROOT_CONTEXT, envelope.traceContext);
  const span = tracer.startSpan(
    `publish ${envelope.name}`,
    { kind: SpanKind.PRODUCER, attributes: { ...attributesOf(envelope), 'promenade.transport': transport } },
    parent,
  );
  const carrier: Record<string, string> = {};
  propagation.inject(trace.setSpan(parent, span), carrier);
  return { envelope: { ...envelope, traceContext: carrier }, end: (error) => finish(span, error) };
}

/** Runs one delivery's handling in a `process` span under the trace its envelope carries (a new trace when it carries none). */
export function inProcessSpan<T>(delivery: Delivery, work: () => Promise<T>): Promise<T> {
  const { envelope } = delivery;
  const parent = envelope.traceContext ? propagation.extract(ROOT_CONTEXT, envelope.traceContext) : ROOT_CONTEXT;
  const attributes = { ...attributesOf(envelope), 'promenade.handler': delivery.handlerId, 'promenade.context': delivery.context };
  return tracer.startActiveSpan(`process ${envelope.name}`, { kind: SpanKind.CONSUMER, attributes }, parent, async (span) => {
    try {
      const result = await work();
      finish(span);
      return result;
    } catch (error) {
      finish(span, error);
      throw error;
    }
  });
}

function finish(span: Span, error?: unknown): void {
  if (error !== undefined) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({ code: SpanStatusCode.ERROR, message: describeError(error) });
  }
  span.end();
}
