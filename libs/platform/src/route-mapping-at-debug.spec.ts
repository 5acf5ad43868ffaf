import { Writable } from 'node:stream';
import pino from 'pino';
import { routeMappingAtDebug } from './route-mapping-at-debug';

function loggerAt(level: string): { logger: pino.Logger; lines: () => Array<{ level: number; context?: string; msg: string }> } {
  const written: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (written.push(chunk.toString()), done()) });
  const logger = pino({ level, hooks: { logMethod: routeMappingAtDebug } }, sink);
  return { logger, lines: () => written.map((line) => JSON.parse(line) as { level: number; context?: string; msg: string }) };
}

describe('routeMappingAtDebug', () => {
  it("hides Nest's route-mapping lines at info and keeps every other line", () => {
    const { logger, lines } = loggerAt('info');
    logger.info({ context: 'RoutesResolver' }, 'HealthController {/api/v1/health}:');
    logger.info({ context: 'RouterExplorer' }, 'Mapped {/health/ready, GET} route');
    logger.info({ context: 'Reference' }, 'reference data loaded');
    logger.warn('no context');
    expect(lines().map(({ msg }) => msg)).toEqual(['reference data loaded', 'no context']);
  });

  it('writes them at debug when the level is debug', () => {
    const { logger, lines } = loggerAt('debug');
    logger.info({ context: 'RouterExplorer' }, 'Mapped {/health/ready, GET} route');
    expect(lines()).toEqual([expect.objectContaining({ level: 20, context: 'RouterExplorer', msg: 'Mapped {/health/ready, GET} route' })]);
  });
});
