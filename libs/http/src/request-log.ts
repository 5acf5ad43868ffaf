import { Logger } from '@nestjs/common';
import { FastifyInstance } from 'fastify';

/** Probes and scrapes come every few seconds and say nothing about the API's use. */
const UNLOGGED = /^\/(health|metrics)(\/|\?|$)/;

/**
 * One log line per answered request (`request completed`, at error for a 5xx): its id, method, URL, client address,
 * status and time taken. Written from Fastify's onResponse hook, after the answer has gone, through the app's logger.
 */
export function useRequestLog(fastify: FastifyInstance): void {
  const logger = new Logger('HTTP');
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!UNLOGGED.test(request.url)) {
      const line = {
        reqId: request.id,
        req: { method: request.method, url: request.url, remoteAddress: request.ip },
        res: { statusCode: reply.statusCode },
        responseTime: Math.round(reply.elapsedTime),
        msg: 'request completed',
      };
      if (reply.statusCode >= 500) logger.error(line);
      else logger.log(line);
    }
    done();
  });
}
