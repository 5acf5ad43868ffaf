import { MethodNotAllowedException } from '@nestjs/common';
import { Authenticator, PermissionDenied, Unauthenticated } from '@promenade/auth';
import { FastifyReply, FastifyRequest } from 'fastify';
import { dashboardToken } from './dashboard-credentials';
import { replyWithProblem } from './problem-reply';
import { QUEUE_DASHBOARD_PERMISSION } from './queue-dashboard-route';

/** The dashboard only reads: replays go through the dead-letters API, which keeps the outbox, inbox and dead letters in step. */
const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * The `onRequest` hook in front of every dashboard route (page, assets, JSON, and its not-found answers): the same
 * Authenticator as the API (signature, expiry, deny-list, session, user), then `events:manage`; 401 or 403 problem+json
 * otherwise, and 405 for anything but a read.
 */
export function dashboardAccess(authenticator: Authenticator) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    try {
      const token = dashboardToken(request.headers);
      if (!token) throw new Unauthenticated();
      const principal = await authenticator.authenticate(token);
      if (!principal.can(QUEUE_DASHBOARD_PERMISSION)) throw new PermissionDenied(QUEUE_DASHBOARD_PERMISSION);
      if (!READ_METHODS.has(request.method)) {
        void reply.header('allow', [...READ_METHODS].join(', '));
        throw new MethodNotAllowedException('The queue dashboard is read-only: replay dead letters through /api/v1/admin/dead-letters.');
      }
      return undefined;
    } catch (error) {
      return replyWithProblem(error, request, reply);
    }
  };
}
