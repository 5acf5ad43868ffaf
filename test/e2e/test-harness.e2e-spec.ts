import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { exited } from '../support/service-process';

const ROOT = join(__dirname, '../..');

/** The suites' own promise: a run always ends, even when a service starts slower than its hook allows. */
describe('the test harness', () => {
  it('ends a run whose beforeAll timed out while the service was still starting, with no server left open', async () => {
    const jest = spawn(
      process.execPath,
      [
        require.resolve('jest/bin/jest'),
        '--selectProjects',
        'e2e',
        '--testMatch',
        '<rootDir>/test/support/fixtures/start-outlives-its-hook.fixture.ts',
        '--ci',
      ],
      { cwd: ROOT, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    jest.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    jest.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Only a guard for this test's own end; the assertion is that jest exits by itself.
    const guard = setTimeout(() => jest.kill('SIGKILL'), 100_000);
    const { code, signal } = await exited(jest);
    clearTimeout(guard);

    expect({ code, signal }).toEqual({ code: 1, signal: null });
    expect(output).toMatch(/Tests:\s+1 failed, 1 total/);
    expect(output).not.toMatch(/did not exit one second after/);
  });
});
