import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyInstance } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemOf } from './problem-details';
import { REQUEST_ID_HEADER } from './request-id';

const draining = new WeakSet<FastifyInstance>();

/**
 * Draining, the server's last phase: a request that arrives gets 503 problem+json and `Connection: close`,
 * so a keep-alive client moves to another instance instead of having its socket cut; a request already
 * running finishes and its response closes the connection after it. Draining begins when the process is
 * told to stop (`startDraining`) or, at the latest, when the server starts closing.
 */
export function useDraining(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (!draining.has(fastify)) return;
    await reply
      .status(503)
      .type(PROBLEM_CONTENT_TYPE)
      .header('connection', 'close')
      .header(REQUEST_ID_HEADER, request.id)
      .send(problemOf(503, 'SHUTTING_DOWN', 'This instance is shutting down; retry the request.', request.url));
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (draining.has(fastify)) void reply.header('connection', 'close');
    return payload;
  });
  fastify.addHook('preClose', async () => {
    draining.add(fastify);
  });
}

/** Called on SIGTERM/SIGINT, before the (possibly long) shutdown of workers: no new request starts after it. */
export function startDraining(app: NestFastifyApplication): void {
  draining.add(app.getHttpAdapter().getInstance());
}
