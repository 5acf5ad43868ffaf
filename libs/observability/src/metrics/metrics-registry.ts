import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The application's metrics, with Node's process metrics (prom-client's defaults). A registry per application rather
 * than prom-client's global one, so applications started in one process (tests) never register a name twice.
 */
@Injectable()
export class MetricsRegistry extends Registry {
  constructor() {
    super();
    collectDefaultMetrics({ register: this });
  }
}
