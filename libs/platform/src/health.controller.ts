import { Controller, Get } from '@nestjs/common';
import { Public } from '@promenade/auth';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ReadinessChecks } from './readiness-checks';

/** Liveness says the process answers; readiness says it can do its work (the database answers). */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly checks: ReadinessChecks,
  ) {}

  @Get('live')
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness: the process is up and serving requests' })
  checkLiveness(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: the database answers within 1.5 s, and event delivery (relay, queues) works' })
  @ApiOkResponse({ description: 'Every check is up: `{status: "ok", info, details}` per check.' })
  @ApiServiceUnavailableResponse({ description: 'A check failed: problem+json with code `NOT_READY`; `detail` names the failing checks.' })
  checkReadiness(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 1500 }), ...this.checks.all()]);
  }
}
