import { Controller, Get, Header, Headers } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@promenade/auth';
import { AppConfig } from '@promenade/config';
import { Registry } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';
import { authorizeScrape } from './scrape-authorization';

/**
 * `GET /metrics`, Prometheus' text format. Outside the API: no prefix, no Swagger entry, no request log line, and no
 * user's token (the route is public to the access-token guard) but METRICS_TOKEN, checked here.
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly registry: MetricsRegistry,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  // A reading at one instant: nothing for a cache to keep, nor an ETag worth hashing the body for.
  @Header('Cache-Control', 'no-store')
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    authorizeScrape(this.config.METRICS_TOKEN, authorization);
    return this.registry.metrics();
  }
}
