import { Controller, Get } from '@nestjs/common';
import { RequirePermission } from '@promenade/auth';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '@promenade/config';
import { appVersion } from './app-version';
import { HealthChecks } from './health-checks';

/** A section that has not answered in this long is reported down rather than holding the answer. */
const SECTION_TIMEOUT_MS = 3_000;

class HealthDetailsResponse {
  @ApiProperty({ enum: ['ok', 'error'], description: '`error` when any section is down.' }) status!: 'ok' | 'error';
  @ApiProperty({ example: '0.1.0' }) version!: string;
  @ApiProperty({ enum: ['all', 'api', 'worker'] }) role!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ type: 'integer', example: 3600 }) uptimeSeconds!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object' },
    example: {
      database: { status: 'up', latencyMs: 1.2, pendingMigrations: [], pool: { total: 3, idle: 3, waiting: 0, max: 10 } },
      redis: { status: 'up', latencyMs: 0.4 },
      events: {
        status: 'up',
        transport: 'bullmq',
        relay: 'running',
        relayLagSeconds: 0,
        outboxBacklog: 0,
        queues: { shipping: 0 },
        deadLetters: 0,
      },
    },
    description:
      'One section per dependency or subsystem, each with `status` (`up` or `down`) and what it measures: latency in ms, relay lag (age of the oldest unsent event) in seconds, queue depths, dead letters.',
  })
  sections!: Record<string, Record<string, unknown>>;
}

/** Everything staff want to see at a glance when something is slow or failing; not for probes (it reads more). */
@ApiTags('health')
@RequirePermission('health:read')
@Controller('health')
export class HealthDetailsController {
  private readonly startedAt = new Date();
  private readonly version = appVersion();

  constructor(
    private readonly checks: HealthChecks,
    private readonly config: AppConfig,
  ) {}

  @Get('details')
  @ApiOperation({ summary: 'Every dependency with its latency, relay lag, queue depths, dead letters, version and uptime (staff)' })
  @ApiOkResponse({ type: HealthDetailsResponse, description: 'Always 200: `status` and each section say what is down.' })
  async getHealthDetails(): Promise<HealthDetailsResponse> {
    const sections = Object.fromEntries(
      await Promise.all(this.checks.details().map(async ([name, detail]) => [name, await settled(detail)] as const)),
    );
    return {
      status: Object.values(sections).every((section) => section.status === 'up') ? 'ok' : 'error',
      version: this.version,
      role: this.config.PROCESS_ROLE,
      startedAt: this.startedAt.toISOString(),
      uptimeSeconds: Math.round(process.uptime()),
      sections,
    };
  }
}

/** A section's answer, or `down` with why when it failed or took too long. */
async function settled(detail: () => Promise<Record<string, unknown>>): Promise<Record<string, unknown>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${SECTION_TIMEOUT_MS} ms`)), SECTION_TIMEOUT_MS);
  });
  try {
    return await Promise.race([detail(), late]);
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
