import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import { RedisConnection } from '@promenade/platform';
import Redis from 'ioredis';
import { RedisAccessTokenDenyList } from './redis-access-token.deny-list';

/** The Redis round trip itself is proven against a real Redis in test/integration/identity-redis; here, what happens without it. */
describe('RedisAccessTokenDenyList', () => {
  const connection = (status: string, commands: Partial<Record<'set' | 'exists', jest.Mock>>) =>
    new RedisConnection(Object.assign(new EventEmitter(), { status }, commands) as unknown as Redis);
  const inAMinute = () => new Date(Date.now() + 60_000);

  it("still refuses this instance's own logouts while Redis is down, and lets other tokens through without asking it", async () => {
    const commands = { set: jest.fn(), exists: jest.fn() };
    const list = new RedisAccessTokenDenyList(connection('reconnecting', commands), 'test');
    await expect(list.deny('logged-out', inAMinute())).resolves.toBeUndefined();
    await expect(list.isDenied('logged-out')).resolves.toBe(true);
    await expect(list.isDenied('someone-else')).resolves.toBe(false);
    expect(commands.set).not.toHaveBeenCalled();
    expect(commands.exists).not.toHaveBeenCalled();
  });

  it('lets a token through when the command fails on a live connection (a timeout), instead of failing the request', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const list = new RedisAccessTokenDenyList(
      connection('ready', { exists: jest.fn().mockRejectedValue(new Error('Command timed out')) }),
      'test',
    );
    await expect(list.isDenied('someone')).resolves.toBe(false);
    jest.restoreAllMocks();
  });

  it('asks Redis for tokens it has not seen, under the deployment prefix', async () => {
    const exists = jest.fn().mockResolvedValue(1);
    const list = new RedisAccessTokenDenyList(connection('ready', { exists }), 'acme');
    await expect(list.isDenied('elsewhere')).resolves.toBe(true);
    expect(exists).toHaveBeenCalledWith('acme:denied-access-token:elsewhere');
  });
});
