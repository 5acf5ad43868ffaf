import { FastifyInstance } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemOf } from './problem-details';
import { REQUEST_ID_HEADER } from './request-id';

/** What a PROCESS_ROLE=worker process still answers: its probes and its metrics. */
const OPERATIONS_PATHS = /^\/(health\/|metrics(\?|$))/;

/**
 * A worker process serves no API: every other request gets 404 problem+json before routing, so a worker
 * put behind the load balancer by mistake says what it is instead of serving half an API.
 */
export function serveOperationsOnly(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (OPERATIONS_PATHS.test(request.url)) return;
    await reply
      .status(404)
      .type(PROBLEM_CONTENT_TYPE)
      .header(REQUEST_ID_HEADER, request.id)
      .send(
        problemOf(
          404,
          'NOT_SERVED_BY_WORKER',
          'This is a worker process (PROCESS_ROLE=worker): it serves only /health and /metrics.',
          request.url,
        ),
      );
  });
}
