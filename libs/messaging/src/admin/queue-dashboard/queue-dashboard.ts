import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Injectable, Logger, NotFoundException, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { AUTHENTICATOR, Authenticator } from '@promenade/auth';
import { AppConfig, servesApi } from '@promenade/config';
import { Queue } from 'bullmq';
import { FastifyInstance, FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import Redis from 'ioredis';
import { EventRoutes } from '../../event-routes';
import { dashboardAccess } from './dashboard-access';
import { replyWithProblem } from './problem-reply';
import { QUEUE_DASHBOARD_PATH } from './queue-dashboard-route';
import { QueueDashboardNeedsBullmq } from './queue-dashboard.errors';

/**
 * bull-board at /admin/queues: one read-only board entry per subscribing context's queue, behind `events:manage`.
 *
 * Built with bull-board's documented `createBullBoard` + `BullMQAdapter` + `@bull-board/fastify` rather than
 * `@bull-board/nestjs`: its `forFeature` takes a list fixed when the module is declared (queues from Nest's DI by
 * name, or instances), while ours are named from EVENT_QUEUE_PREFIX and the contexts EventRoutes finds at start;
 * its `forRoot` mounts under the global prefix (here /api/v1) unless http-app's exclusions list the route, mounts
 * whatever the transport and role, and guards only through a connect-style middleware that answers outside the
 * problem+json filter. Here the board is mounted from an application hook, through HttpAdapterHost, in one Fastify
 * scope whose `onRequest` hook (the API's Authenticator) covers every route of the board, its assets and its 404s.
 *
 * Read-only (the library refuses its write routes, and the access hook anything but GET and HEAD): a job retried,
 * promoted or cleaned here would bypass what the dead-letters API keeps in step — a retried failed job leaves its
 * dead letter behind, a promoted delayed job fires a saga timeout early, a cleaned completed job no longer stops a
 * re-sent outbox row from running twice.
 *
 * Mounted in `api` and `all` processes (a worker answers every path but its probes with NOT_SERVED_BY_WORKER). On the
 * memory transport there are no queues: every path under /admin/queues answers 404 QUEUE_DASHBOARD_NEEDS_BULLMQ.
 */
@Injectable()
export class QueueDashboard implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueDashboard.name);
  private redis?: Redis;
  private queues: Queue[] = [];

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly routes: EventRoutes,
    private readonly config: AppConfig,
  ) {}

  /** Whether there are queues to show: the BullMQ transport's (the session route refuses otherwise). */
  get hasQueues(): boolean {
    return this.config.EVENT_TRANSPORT === 'bullmq';
  }

  /** After every module's init, so EventRoutes knows the contexts; before the server listens, so Fastify still takes routes. */
  onApplicationBootstrap(): void {
    // An application context (a script, a test of the machinery) has no HTTP server to mount on.
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || !servesApi(this.config)) return;
    void fastify.register(this.hasQueues ? this.board() : needsBullmq, { prefix: QUEUE_DASHBOARD_PATH });
  }

  async onApplicationShutdown(): Promise<void> {
    // The queues share this one connection and do not close it; closing them only detaches their listeners.
    await Promise.all(this.queues.map((queue) => queue.close()));
    this.redis?.disconnect();
  }

  private board(): FastifyPluginCallback {
    const access = dashboardAccess(this.moduleRef.get<Authenticator>(AUTHENTICATOR, { strict: false }));
    const server = new FastifyAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.openQueues().map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })),
      serverAdapter: server,
      options: { uiConfig: { boardTitle: 'Promenade queues' } },
    });
    return (scope, _options, done) => {
      scope.addHook('onRequest', access);
      // Inside the scope, so a path under /admin/queues that names nothing is answered after the access hook too.
      scope.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) =>
        replyWithProblem(new NotFoundException(`Cannot ${request.method} ${request.url}`), request, reply),
      );
      void scope.register(server.registerPlugin());
      done();
    };
  }

  /** One queue per subscribing context, named as BullMqTransport names them, on one connection of the dashboard's own. */
  private openQueues(): Queue[] {
    this.redis = new Redis(this.config.REDIS_URL!, { connectionName: 'promenade-queue-dashboard', maxRetriesPerRequest: 1 });
    this.queues = this.routes.contexts().map((context) => {
      const queue = new Queue(`${this.config.EVENT_QUEUE_PREFIX}.${context}`, { connection: this.redis! });
      // The transport's own connections already report a Redis outage (logs, readiness); at debug, so it is not said twice.
      queue.on('error', (error) => this.logger.debug(`queue ${queue.name}: ${error.message}`));
      return queue;
    });
    return this.queues;
  }
}

/** Every path under /admin/queues, on the memory transport. */
const needsBullmq: FastifyPluginCallback = (scope, _options, done) => {
  const refuse = (request: FastifyRequest, reply: FastifyReply) => replyWithProblem(new QueueDashboardNeedsBullmq(), request, reply);
  scope.all('/', refuse);
  scope.all('/*', refuse);
  done();
};
