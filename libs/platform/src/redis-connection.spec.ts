import { EventEmitter } from 'node:events';
import { createServer } from 'node:net';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { RedisConnection, RedisUnavailable, stateRedisOptions } from './redis-connection';

/** A client as the connection sees it: its status and its events (what ioredis reports), and whatever commands a test gives it. */
class FakeClient extends EventEmitter {
  status = 'connecting';
  quit = jest.fn(async () => {
    this.status = 'end';
    this.emit('close');
    return 'OK';
  });
}

describe('RedisConnection', () => {
  let client: FakeClient;
  let now: number;
  let connection: RedisConnection;
  let warn: jest.SpyInstance;
  let log: jest.SpyInstance;

  /** What ioredis does while Redis is down: each reconnection attempt fails with an error, then the connection closes. */
  const failedAttempts = (count: number) => {
    for (let i = 0; i < count; i++) {
      client.status = 'connecting';
      client.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:6379'));
      client.status = 'reconnecting';
      client.emit('close');
      now += 100;
    }
  };
  const ready = () => {
    client.status = 'ready';
    client.emit('ready');
  };
  const lines = (spy: jest.SpyInstance) => spy.mock.calls.map(([message]) => String(message));

  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    client = new FakeClient();
    now = 1_000;
    connection = new RedisConnection(client as unknown as Redis, () => now);
  });

  afterEach(() => jest.restoreAllMocks());

  it('sends nothing while the connection is not ready: command refuses, commandOr answers the fallback', async () => {
    const run = jest.fn();
    failedAttempts(1);
    expect(connection.available).toBe(false);
    await expect(connection.command(run)).rejects.toBeInstanceOf(RedisUnavailable);
    await expect(connection.commandOr(run, () => 'fallback')).resolves.toBe('fallback');
    expect(run).not.toHaveBeenCalled();
  });

  it('sends commands once the connection is ready again', async () => {
    failedAttempts(1);
    ready();
    expect(connection.available).toBe(true);
    await expect(
      connection.commandOr(
        async () => 'answer',
        () => 'fallback',
      ),
    ).resolves.toBe('answer');
  });

  it('logs an outage once when it starts, however many reconnection attempts fail, and once when it ends, with its length', () => {
    ready();
    client.status = 'reconnecting';
    client.emit('close'); // the server went away (no error of its own)
    failedAttempts(75);
    ready();
    expect(lines(warn)).toEqual(['Redis unavailable (connection closed); its users fall back without it until it is back']);
    expect(lines(log)).toEqual(['Redis back after 7500 ms']);
  });

  it('logs an outage that began before the first connection, with the reason', () => {
    failedAttempts(3);
    ready();
    expect(lines(warn)).toEqual([
      'Redis unavailable (connect ECONNREFUSED 127.0.0.1:6379); its users fall back without it until it is back',
    ]);
    expect(lines(log)).toEqual(['Redis back after 300 ms']);
  });

  it('logs nothing about a connection the application closes itself', async () => {
    ready();
    await connection.onApplicationShutdown();
    expect(client.quit).toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('answers the fallback when a command fails on a live connection, logging the failure once until a command succeeds', async () => {
    ready();
    const timedOut = () => Promise.reject(new Error('Command timed out'));
    for (let i = 0; i < 3; i++) await expect(connection.commandOr(timedOut, () => 'fallback')).resolves.toBe('fallback');
    await connection.commandOr(
      async () => 'OK',
      () => 'fallback',
    );
    await connection.commandOr(timedOut, () => 'fallback');
    expect(lines(warn)).toEqual([
      'Redis command failed (Command timed out); its caller falls back',
      'Redis command failed (Command timed out); its caller falls back',
    ]);
  });

  it('without REDIS_URL has no client and is never available', async () => {
    const none = RedisConnection.fromConfig({ REDIS_URL: undefined, REDIS_COMMAND_TIMEOUT_MS: 50 } as never);
    expect(none.client).toBeUndefined();
    await expect(none.command(jest.fn())).rejects.toBeInstanceOf(RedisUnavailable);
  });
});

describe('the state client on a real ioredis', () => {
  it('refuses a command at once while it cannot connect, instead of queueing it until a reconnection attempt', async () => {
    // A port nobody listens on: taken, then released.
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const client = new Redis(`redis://127.0.0.1:${port}`, stateRedisOptions({ REDIS_COMMAND_TIMEOUT_MS: 50 }));
    try {
      await new Promise((resolve) => client.once('close', resolve));
      await expect(client.get('key')).rejects.toThrow("Stream isn't writeable and enableOfflineQueue options is false");
    } finally {
      client.disconnect();
      jest.restoreAllMocks();
    }
  });
});
