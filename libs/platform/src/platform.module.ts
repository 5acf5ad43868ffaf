import { Global, Module, RequestMethod } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfig, ConfigModule } from '@promenade/config';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { HealthChecks } from './health-checks';
import { HealthDetailsController } from './health-details.controller';
import { HealthController } from './health.controller';
import { RedisHealth } from './redis-health';
import { RedisConnection } from './redis-connection';
import { routeMappingAtDebug } from './route-mapping-at-debug';

/** Configuration, structured logs (pino, one line per request with its id), health checks and the shared Redis client. */
@Global()
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.LOG_LEVEL,
          hooks: { logMethod: routeMappingAtDebug },
          // Written as logged (pino's default writes later): lines keep their order with the process's own output, such as the ready line.
          stream: pino.destination({ dest: 1, sync: true }),
          // Fastify has already chosen the id (kept from x-request-id or minted); log under the same one.
          genReqId: (request) => (request as { id?: string }).id ?? '',
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          // Probes and scrapes come every few seconds and say nothing about the API's use.
          autoLogging: { ignore: (request) => /^\/(health|metrics)(\/|\?|$)/.test(request.url ?? '') },
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
