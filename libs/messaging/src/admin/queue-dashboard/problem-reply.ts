import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { ProblemDetailsFilter } from '@promenade/http';
import { FastifyReply, FastifyRequest } from 'fastify';

const filter = new ProblemDetailsFilter();

/**
 * Answers `error` as the API would (problem+json, its status and code, the log of an unexpected one), for the
 * dashboard's routes: they are Fastify's own, outside Nest's router and so outside its exception filters.
 */
export function replyWithProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  filter.catch(error, new ExecutionContextHost([request, reply]));
  return reply;
}
