import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfig, ConfigModule } from '@promenade/config';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { HealthChecks } from './health-checks';
import { HealthDetailsController } from './health-details.controller';
import { HealthController } from './health.controller';
import { RedisHealth } from './redis-health';
import { RedisConnection } from './redis-connection';
import { RequestContext } from './request-context';
import { routeMappingAtDebug } from './route-mapping-at-debug';

/** Configuration, structured logs (pino, one line per request with its id), health checks and the shared Redis client. */
@Global()
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // No route runs pino-http's middleware: it took every request through @fastify/middie and an AsyncLocalStorage
        // of its own. libs/http logs each answered request from a Fastify hook; the mixin names the request (or the
        // event's correlation) in every line written while it is handled.
        forRoutes: [],
        pinoHttp: {
          level: config.LOG_LEVEL,
          hooks: { logMethod: routeMappingAtDebug },
          // Written as logged (pino's default writes later): lines keep their order with the process's own output, such as the ready line.
          stream: pino.destination({ dest: 1, sync: true }),
          mixin: () => {
            const reqId = RequestContext.correlationId();
            return reqId === null ? {} : { reqId };
          },
        },
      }),
    }),
    TerminusModule.forRoot({ errorLogStyle: 'json' }),
  ],
  controllers: [HealthController, HealthDetailsController],
  providers: [HealthChecks, RedisHealth, { provide: RedisConnection, inject: [AppConfig], useFactory: RedisConnection.fromConfig }],
  exports: [HealthChecks, RedisConnection],
})
export class PlatformModule {}
