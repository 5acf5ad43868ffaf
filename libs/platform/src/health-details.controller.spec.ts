import { AppConfig } from '@promenade/config';
import { HealthChecks } from './health-checks';
import { HealthDetailsController } from './health-details.controller';

describe('HealthDetailsController', () => {
  afterEach(() => jest.useRealTimers());

  const controllerWith = (sections: Record<string, () => Promise<Record<string, unknown>>>) => {
    const checks = new HealthChecks();
    for (const [name, detail] of Object.entries(sections)) checks.describe(name, detail);
    return new HealthDetailsController(checks, Object.assign(new AppConfig(), { PROCESS_ROLE: 'worker' }));
  };

  it('gathers every section and says ok when all are up', async () => {
    const details = await controllerWith({
      database: async () => ({ status: 'up', latencyMs: 1.5 }),
      redis: async () => ({ status: 'up', latencyMs: 0.3 }),
    }).getHealthDetails();
    expect(details).toMatchObject({
      status: 'ok',
      role: 'worker',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      sections: { database: { status: 'up', latencyMs: 1.5 }, redis: { status: 'up', latencyMs: 0.3 } },
    });
  });

  it('reports a failing or silent section as down with why, without holding the others', async () => {
    jest.useFakeTimers();
    const answer = controllerWith({
      database: async () => ({ status: 'up' }),
      events: () => Promise.reject(new Error('Redis is unavailable')),
      slow: () => new Promise(() => undefined),
    }).getHealthDetails();
    await jest.advanceTimersByTimeAsync(3_000);
    expect(await answer).toMatchObject({
      status: 'error',
      sections: {
        database: { status: 'up' },
        events: { status: 'down', error: 'Redis is unavailable' },
        slow: { status: 'down', error: 'no answer within 3000 ms' },
      },
    });
  });

  it('refuses two sections of one name', () => {
    const checks = new HealthChecks();
    checks.describe('database', async () => ({ status: 'up' }));
    expect(() => checks.describe('database', async () => ({ status: 'up' }))).toThrow('health details already has a section database');
  });
});
