import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import Redis, { RedisOptions } from 'ioredis';

/** A connection (or reconnection) attempt that has not reached Redis after this long fails, and the next is scheduled. */
const CONNECT_TIMEOUT_MS = 2_000;
/** How long a forced disconnect waits for the socket to close before destroying it. */
const DISCONNECT_TIMEOUT_MS = 100;
/** Reconnecting is the probe that closes the circuit: 100 ms after a loss, then 200 ms…, at most every second, never giving up. */
const reconnectDelay = (attempt: number): number => Math.min(attempt * 100, 1_000);

/** The client's settings: never wait for Redis; a command is answered, refused at once, or timed out. */
export function stateRedisOptions(config: Pick<AppConfig, 'REDIS_COMMAND_TIMEOUT_MS'>): RedisOptions {
  return {
    connectionName: 'promenade-state',
    enableOfflineQueue: false, // while not connected a command is refused at once, not queued for a reconnect
    maxRetriesPerRequest: 0, // a command in flight when the connection drops fails at once, not after reconnect attempts
    commandTimeout: config.REDIS_COMMAND_TIMEOUT_MS,
    // A connection that answers nothing that long while commands wait (a hung Redis, a lost network) is
    // dropped, which opens the circuit: one timeout per outage, not one per command.
    socketTimeout: config.REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: reconnectDelay,
    // Closing while Redis is down arms a timer for the already-closed socket; short, so shutdown (and a test run) is not held 2 s.
    disconnectTimeout: DISCONNECT_TIMEOUT_MS,
  };
}

/** Refused without sending anything: Redis is known to be down (the circuit is open). */
export class RedisUnavailable extends Error {
  constructor() {
    super('Redis is unavailable');
    this.name = RedisUnavailable.name;
  }
}

/**
 * The one Redis client shared by whatever keeps short-lived state there on the request path (the token
 * deny-list, rate limits, the reference cache) when REDIS_URL is set; without it, `client` is undefined
 * and those stay in memory.
 *
 * It is also the circuit breaker every one of them goes through: the circuit is closed while the
 * connection is ready, and opens as soon as it is lost (a refused or reset connection, or one that
 * answered nothing within REDIS_COMMAND_TIMEOUT_MS while commands waited). While it is open no command is sent: `command` throws
 * RedisUnavailable and `commandOr` answers the caller's fallback, at once. ioredis's reconnection is
 * the probe: its next `ready` closes the circuit. An outage is logged twice, when it starts and when it
 * ends (with its length), however many reconnection attempts fail in between.
 */
export class RedisConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private outageSince?: number;
  private lastError?: string;
  private lastCommandFailure?: string;
  private closing = false;

  constructor(
    readonly client?: Redis,
    private readonly now: () => number = Date.now,
  ) {
    client?.on('error', (error: Error) => (this.lastError = error.message)); // the reason of a loss; each attempt's own error is not logged
    client?.on('close', () => this.lost());
    client?.on('ready', () => this.back());
  }

  static fromConfig(config: AppConfig): RedisConnection {
    return new RedisConnection(config.REDIS_URL ? new Redis(config.REDIS_URL, stateRedisOptions(config)) : undefined);
  }

  /** The circuit is closed: the connection is ready, so a command is answered or fails within the command timeout. */
  get available(): boolean {
    return this.client?.status === 'ready';
  }

  /** Sends the command while Redis is available; otherwise throws RedisUnavailable without touching the client. */
  async command<T>(run: (client: Redis) => Promise<T>): Promise<T> {
    if (!this.client || !this.available) throw new RedisUnavailable();
    try {
      const result = await run(this.client);
      this.lastCommandFailure = undefined;
      return result;
    } catch (error) {
      this.commandFailed(error as Error);
      throw error;
    }
  }

  /** The command's answer, or the fallback's when Redis is unavailable or the command fails: the degraded path of state that can do without Redis. */
  async commandOr<T, F = T>(run: (client: Redis) => Promise<T>, fallback: () => F | Promise<F>): Promise<T | F> {
    if (!this.available) return fallback();
    try {
      return await this.command(run);
    } catch {
      return fallback();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.client?.quit().catch(() => this.client?.disconnect());
  }

  private lost(): void {
    if (this.closing || this.outageSince !== undefined) return;
    this.outageSince = this.now();
    this.logger.warn(`Redis unavailable (${this.lastError ?? 'connection closed'}); its users fall back without it until it is back`);
  }

  private back(): void {
    this.lastError = undefined;
    this.lastCommandFailure = undefined;
    if (this.outageSince === undefined) return;
    this.logger.log(`Redis back after ${this.now() - this.outageSince} ms`);
    this.outageSince = undefined;
  }

  /** A command refused or timed out on a live connection (a slow Redis, a script error): logged once until one succeeds. */
  private commandFailed(error: Error): void {
    if (this.outageSince !== undefined || this.lastCommandFailure === error.message) return;
    this.lastCommandFailure = error.message;
    this.logger.warn(`Redis command failed (${error.message}); its caller falls back`);
  }
}
