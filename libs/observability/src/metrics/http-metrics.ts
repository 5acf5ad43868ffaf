import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter, Histogram } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

const LABELS = ['method', 'route', 'status_code'] as const;
/** The route label of a request no route matched: its path would make one series per URL anyone cares to try. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * Every HTTP answer, counted and timed by method, route template (`/api/v1/ordering/orders/:id`) and status: one
 * Fastify onResponse hook, so answers given before any route runs (a draining 503, a worker's 404) count too.
 */
@Injectable()
export class HttpMetrics implements OnModuleInit {
  private readonly requests: Counter<(typeof LABELS)[number]>;
  private readonly duration: Histogram<(typeof LABELS)[number]>;

  constructor(
    registry: MetricsRegistry,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    this.requests = new Counter({
      name: 'promenade_http_requests_total',
      help: 'HTTP requests answered, by method, route template and status code.',
      labelNames: LABELS,
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'promenade_http_request_duration_seconds',
      help: 'Time from receiving an HTTP request to the end of its answer, by method, route template and status code.',
      labelNames: LABELS,
      registers: [registry],
    });
  }

  /** Fastify sets a route's hooks when it gets ready (at listen), after this; an application without HTTP has no adapter. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    fastify?.addHook('onResponse', (request, reply, done) => {
      this.record(request, reply);
      done();
    });
  }

  private record(request: FastifyRequest, reply: FastifyReply): void {
    const labels = { method: request.method, route: request.routeOptions.url ?? UNMATCHED_ROUTE, status_code: reply.statusCode };
    this.requests.inc(labels);
    this.duration.observe(labels, reply.elapsedTime / 1000);
  }
}
