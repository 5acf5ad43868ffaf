import { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { exited, freePort, runTs, waitForOutput } from './service-process';
import { removeQueues } from './redis-queues';
import { TEST_JWT_SECRET } from './test-app';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export type ProcessRole = 'all' | 'api' | 'worker';

/** One running service process: its role, its base URL and the OS process. */
export interface ServiceInstance {
  role: ProcessRole;
  url: string;
  child: ChildProcess;
}

/** What each role prints once it answers (src/main.ts). */
const READY: Record<ProcessRole, RegExp> = {
  all: /API docs: (http:\/\/\S+)\/docs/,
  api: /API docs: (http:\/\/\S+)\/docs/,
  worker: /health: (http:\/\/\S+)\/health\/ready/,
};

/**
 * Service processes of any role started the way a deployment would (`src/main.ts` in its own OS process) on one
 * PostgreSQL database and one Redis, with a queue and key prefix of their own; `close` kills whatever still runs and
 * removes the prefix's queues and keys.
 */
export class ServiceCluster {
  readonly prefix: string;
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'promenade-cluster-'));
  private readonly children: ChildProcess[] = [];

  constructor(
    private readonly databaseUrl: string,
    private readonly env: Record<string, string> = {},
  ) {
    this.prefix = `promenade-cluster-${process.pid}-${Date.now().toString(36)}`;
  }

  /** Starts a process and resolves once it says it is ready; the first one should apply the migrations (`MIGRATIONS_RUN: 'auto'`). */
  async start(role: ProcessRole, env: Record<string, string> = {}): Promise<ServiceInstance> {
    const child = runTs('src/main.ts', [], {
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      DATA_DIR: this.dataDir,
      DATABASE_URL: this.databaseUrl,
      JWT_SECRET: TEST_JWT_SECRET,
      MIGRATIONS_RUN: 'check',
      EVENT_TRANSPORT: 'bullmq',
      REDIS_URL: TEST_REDIS_URL,
      EVENT_QUEUE_PREFIX: this.prefix,
      PROCESS_ROLE: role,
      LOG_LEVEL: process.env.SERVICE_CLUSTER_LOG ? (process.env.LOG_LEVEL ?? 'warn') : 'silent',
      // The redelivery sweep, which also confirms what each handler's inbox holds, runs every 10 s rather than 2.5 min.
      EVENT_REDELIVERY_AFTER_MS: '20000',
      ...this.env,
      ...env,
    });
    this.children.push(child);
    if (process.env.SERVICE_CLUSTER_LOG) {
      // Debugging aid: SERVICE_CLUSTER_LOG=/tmp/cluster.log LOG_LEVEL=warn keeps every process's output, one line each.
      const log = createWriteStream(process.env.SERVICE_CLUSTER_LOG, { flags: 'a' });
      for (const stream of [child.stdout, child.stderr])
        stream?.on('data', (chunk: Buffer) => log.write(`[${role} ${child.pid}] ${chunk.toString()}`));
    }
    const url = READY[role].exec(await waitForOutput(child, READY[role], 120_000))![1];
    return { role, url, child };
  }

  /** Sends `signal` and waits for the process to end. */
  async stop(instance: ServiceInstance, signal: NodeJS.Signals): Promise<void> {
    instance.child.kill(signal);
    await exited(instance.child);
  }

  async close(): Promise<void> {
    for (const child of this.children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(this.children.map(exited));
    rmSync(this.dataDir, { recursive: true, force: true });
    await removeQueues(TEST_REDIS_URL, this.prefix);
    // The deny-list and reference cache live under `<prefix>:`, the rate-limit counters under the hash tag `{<prefix>:…}`.
    const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
    try {
      for (const match of [`${this.prefix}:*`, `{${this.prefix}:*`]) {
        for await (const keys of redis.scanStream({ match, count: 500 }) as AsyncIterable<string[]>) {
          if (keys.length > 0) await redis.del(...keys);
        }
      }
    } finally {
      redis.disconnect();
    }
  }
}

/** An answer: its status, parsed body and headers. */
export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

/** One JSON request to `/api/v1<path>` (or to `path` itself when it starts with `/health` or `/metrics`); throws when no answer came. */
export async function call(
  url: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown; timeoutMs?: number } = {},
): Promise<Answer> {
  const response = await fetch(`${url}${/^\/(health|metrics)/.test(path) ? '' : '/api/v1'}${path}`, {
    method,
    headers: { ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/** The answer's body when its status is `status`; otherwise throws with what came instead. */
export async function expectStatus(status: number, answer: Promise<Answer>): Promise<any> {
  const { status: got, body } = await answer;
  if (got !== status) throw new Error(`expected ${status}, got ${got}: ${JSON.stringify(body)}`);
  return body;
}
