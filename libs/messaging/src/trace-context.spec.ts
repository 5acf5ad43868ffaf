import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { SerializedEvent } from '@promenade/ddd';
import { Delivery } from './delivery';
import { activeTraceContext, inProcessSpan, startPublishing } from './trace-context';

const envelope = (traceContext?: Record<string, string>): SerializedEvent => ({
  name: 'things.thing-shipped',
  version: 1,
  eventId: 'e-1',
  occurredAt: '2026-01-01T00:00:00.000Z',
  aggregateId: 't-1',
  sequence: 1,
  correlationId: 'req-1',
  payload: {},
  ...(traceContext ? { traceContext } : {}),
});
const deliveryOf = (carried: SerializedEvent): Delivery => ({
  id: 'e-1@things.ship',
  context: 'things',
  handlerId: 'things.ship',
  envelope: carried,
  maxAttempts: 3,
});

describe('trace context across queue hops', () => {
  it('is a no-op while tracing is off: nothing is carried and work runs as it is', async () => {
    expect(activeTraceContext()).toBeUndefined();
    const publishing = startPublishing(envelope(), 'memory');
    expect(publishing.envelope).toEqual(envelope());
    expect(await inProcessSpan(deliveryOf(envelope()), async () => activeTraceContext())).toBeUndefined();
  });

  describe('with an SDK started', () => {
    const exporter = new InMemorySpanExporter();
    const tracer = () => trace.getTracer('test');

    beforeAll(() => {
      context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
      propagation.setGlobalPropagator(new W3CTraceContextPropagator());
      trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    });
    afterEach(() => exporter.reset());
    // The API's globals outlive this file in the worker: leave them as other suites expect them.
    afterAll(() => {
      trace.disable();
      propagation.disable();
      context.disable();
    });

    it('carries the request span to the relay, the relay span to the handler, and the handler span to what it raises', async () => {
      const raised = tracer().startActiveSpan('POST /things', (request) => {
        const carried = activeTraceContext();
        request.end();
        return carried;
      });
      expect(raised?.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);

      const publishing = startPublishing(envelope(raised), 'bullmq');
      expect(publishing.envelope.traceContext?.traceparent).not.toBe(raised?.traceparent);
      publishing.end();
      const raisedByHandler = await inProcessSpan(deliveryOf(publishing.envelope), async () => activeTraceContext());

      const [request, publish, process] = exporter.getFinishedSpans();
      expect([publish.name, publish.kind, process.name, process.kind]).toEqual([
        'publish things.thing-shipped',
        SpanKind.PRODUCER,
        'process things.thing-shipped',
        SpanKind.CONSUMER,
      ]);
      const traceId = request.spanContext().traceId;
      expect([publish.spanContext().traceId, process.spanContext().traceId]).toEqual([traceId, traceId]);
      expect(publish.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
      expect(process.parentSpanContext?.spanId).toBe(publish.spanContext().spanId);
      expect(process.attributes).toMatchObject({ 'promenade.handler': 'things.ship', 'messaging.message.id': 'e-1' });
      expect(raisedByHandler?.traceparent).toContain(process.spanContext().spanId);
    });

    it('marks a failed publish or handling as an error and rethrows', async () => {
      const parent = tracer().startActiveSpan('job', (span) => {
        const carried = activeTraceContext();
        span.end();
        return carried;
      });
      startPublishing(envelope(parent), 'bullmq').end(new Error('Redis is down'));
      await expect(inProcessSpan(deliveryOf(envelope(parent)), () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
      const failed = exporter.getFinishedSpans().filter((span) => span.name !== 'job');
      expect(failed.map((span) => [span.name, span.status.code, span.events[0]?.name])).toEqual([
        ['publish things.thing-shipped', 2, 'exception'],
        ['process things.thing-shipped', 2, 'exception'],
      ]);
    });

    it('starts a new trace for an event stored without one', async () => {
      await inProcessSpan(deliveryOf(envelope()), async () => undefined);
      const [process] = exporter.getFinishedSpans();
      expect(process.parentSpanContext).toBeUndefined();
    });
  });
});
