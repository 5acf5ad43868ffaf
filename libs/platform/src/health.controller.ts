import { Controller, Get } from '@nestjs/common';
import { Public } from '@promenade/auth';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { HealthChecks } from './health-checks';

/**
 * The probes an orchestrator asks, public and cheap: liveness (the process answers), readiness (it can serve now: the database,
 * Redis when configured, event delivery) and startup (it has finished starting: schema current, seed data loaded).
 */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly checks: HealthChecks,
  ) {}

  @Get('live')
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness: the process is up and serving requests' })
  checkLiveness(): HealthCheckResult {
    // What Terminus answers for no checks, without its executor: an orchestrator asks this every few seconds, per process.
    return { status: 'ok', info: {}, error: {}, details: {} };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary: 'Readiness: the database answers within 1.5 s, Redis answers when REDIS_URL is set, and event delivery (relay, queues) works',
  })
  @ApiOkResponse({ description: 'Every check is up: `{status: "ok", info, details}` per check.' })
  @ApiServiceUnavailableResponse({ description: 'A check failed: problem+json with code `NOT_READY`; `detail` names the failing checks.' })
  checkReadiness(): Promise<HealthCheckResult> {
    return this.health.check([this.pingDatabase, ...this.checks.of('ready')]);
  }

  @Get('startup')
  @HealthCheck()
  @ApiOperation({
    summary: 'Startup: the database answers, every migration is applied and the seed data is loaded (for a startup probe)',
    description:
      'A process answers only once it has started, so a startup probe can allow for migrations run at start (MIGRATIONS_RUN=auto).',
  })
  @ApiOkResponse({ description: 'Started: `{status: "ok", info, details}` per check.' })
  @ApiServiceUnavailableResponse({ description: 'Not started: problem+json with code `NOT_READY`; `detail` names the failing checks.' })
  checkStartup(): Promise<HealthCheckResult> {
    return this.health.check([this.pingDatabase, ...this.checks.of('startup')]);
  }

  private readonly pingDatabase = () => this.database.pingCheck('database', { timeout: 1500 });
}
