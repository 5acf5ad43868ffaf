import Redis from 'ioredis';
import { RedisAccessTokenDenyList } from './redis-access-token.deny-list';

/** The Redis round trip itself is proven against a real Redis in test/integration/identity-redis; here, what happens when it fails. */
describe('RedisAccessTokenDenyList while Redis is unreachable', () => {
  const down = { set: jest.fn().mockRejectedValue(new Error('ECONNREFUSED')), exists: jest.fn().mockRejectedValue(new Error('ECONNREFUSED')) } as unknown as Redis;
  const inAMinute = () => new Date(Date.now() + 60_000);

  it("still refuses this instance's own logouts, and lets other tokens through instead of failing every request", async () => {
    const list = new RedisAccessTokenDenyList(down, 'test');
    await expect(list.deny('logged-out', inAMinute())).resolves.toBeUndefined();
    await expect(list.isDenied('logged-out')).resolves.toBe(true);
    await expect(list.isDenied('someone-else')).resolves.toBe(false);
  });

  it('asks Redis for tokens it has not seen, under the deployment prefix', async () => {
    const up = { set: jest.fn().mockResolvedValue('OK'), exists: jest.fn().mockResolvedValue(1) } as unknown as Redis;
    const list = new RedisAccessTokenDenyList(up, 'acme');
    await expect(list.isDenied('elsewhere')).resolves.toBe(true);
    expect(up.exists).toHaveBeenCalledWith('acme:denied-access-token:elsewhere');
  });
});
