import { Controller, HttpCode, Put, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { bearerToken, CurrentPrincipal, NoStore, Principal, RequirePermission } from '@promenade/auth';
import { ApiProblems } from '@promenade/http';
import { FastifyReply, FastifyRequest } from 'fastify';
import { DASHBOARD_COOKIE, dashboardCookie } from './dashboard-credentials';
import { QueueDashboard } from './queue-dashboard';
import { QUEUE_DASHBOARD_PATH, QUEUE_DASHBOARD_PERMISSION } from './queue-dashboard-route';
import { QueueDashboardNeedsBullmq } from './queue-dashboard.errors';

/**
 * The way into the queue dashboard for a browser, which sends no bearer header when it navigates: the caller's access
 * token in a cookie only the dashboard receives, so it stops working when the token expires or its session is logged out.
 * PUT: setting it again is the same change (and a bearer POST would offer Idempotency-Key replays, whose stored answers
 * carry no Set-Cookie).
 */
@ApiTags('admin')
@RequirePermission(QUEUE_DASHBOARD_PERMISSION)
@Controller('admin/queues')
export class QueueDashboardSessionController {
  constructor(private readonly dashboard: QueueDashboard) {}

  @Put('session')
  @HttpCode(204)
  @NoStore()
  @ApiOperation({
    summary: `Let this browser open the queue dashboard at ${QUEUE_DASHBOARD_PATH}: sets a cookie holding this access token`,
    description:
      `Sets \`${DASHBOARD_COOKIE}\` (HttpOnly, SameSite=Strict, Path=${QUEUE_DASHBOARD_PATH}, Secure over HTTPS) to the bearer token ` +
      `of this request, for as long as the token lives. The dashboard accepts it in place of the Authorization header, checked ` +
      `like any bearer token on every request: it stops opening the dashboard when the token expires, its session is logged ` +
      `out, or its user loses \`${QUEUE_DASHBOARD_PERMISSION}\`. Call it again with a fresh token after a refresh.`,
  })
  @ApiNoContentResponse({
    description: 'The cookie is set; open the dashboard in the same browser.',
    headers: {
      'Set-Cookie': { description: `\`${DASHBOARD_COOKIE}=<access token>; Path=${QUEUE_DASHBOARD_PATH}; …\``, schema: { type: 'string' } },
    },
  })
  @ApiProblems(QueueDashboardNeedsBullmq)
  openQueueDashboardSession(
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): void {
    if (!this.dashboard.hasQueues) throw new QueueDashboardNeedsBullmq();
    // The guard admitted this request on its bearer token, so there is one.
    const token = bearerToken(request.headers.authorization)!;
    void reply.header('set-cookie', dashboardCookie(token, principal.token.expiresAt, request.protocol === 'https'));
  }
}
