import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { exited, freePort } from './service-process';

export interface PrivateRedis {
  url: string;
  port: number;
  /** Stops the server without saving: whatever it held is gone (a crash of a Redis without persistence). */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty; does nothing while it runs. */
  restart(): Promise<void>;
  /** Stops the process (SIGSTOP) with its connections open: it answers nothing, like a hung server or a lost network. */
  freeze(): void;
  /** Lets a frozen server run again (SIGCONT), its data and connections as they were. */
  thaw(): void;
  /** Stops it for good and removes its directory; safe to call twice or after a failed start. */
  close(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  // disconnectTimeout: after a refused connection ioredis's disconnect arms a timer for the closed socket (2 s by default), which held jest open.
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    disconnectTimeout: 0,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * A Redis server of the test's own, on a free loopback port, without persistence, so a test can crash
 * and empty it without touching the machine's Redis that other suites use. Needs `redis-server` on PATH,
 * as CI's machine has; fails (never skips) without it.
 */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'promenade-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;

  const running = () => server !== undefined && server.exitCode === null && server.signalCode === null;
  const start = async () => {
    if (running()) return; // a second server on the same port would fail to bind and orphan the first
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
      stdio: 'ignore',
    });
    const failed = new Promise<never>((_, reject) =>
      server!.once('error', (error) => reject(new Error(`redis-server could not start: ${error.message}`))),
    );
    const deadline = Date.now() + 10_000;
    while (!(await Promise.race([answers(url), failed]))) {
      if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = async () => {
    if (!running()) return;
    const gone = exited(server!);
    server!.kill('SIGKILL');
    await gone;
  };

  await start().catch(async (error: unknown) => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  return {
    url,
    port,
    kill: stop,
    restart: start,
    freeze: () => void server?.kill('SIGSTOP'),
    thaw: () => void server?.kill('SIGCONT'),
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
