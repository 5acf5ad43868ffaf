import { durabilityWarnings, readRedisDurability, RedisCommands } from './redis-durability';

/** A client answering CONFIG GET and INFO from a table; a command missing from it is refused, as managed Redis refuses CONFIG. */
function redis(answers: { config?: Record<string, string>; info?: Record<string, string> }): RedisCommands {
  return {
    call: async (command: string, ...args: string[]) => {
      if (command === 'CONFIG' && answers.config) return [args[1], answers.config[args[1]]];
      if (command === 'INFO' && answers.info) return answers.info[args[0]];
      throw new Error(`ERR unknown command '${command}'`);
    },
  };
}

describe('Redis durability at start', () => {
  it('has nothing to say about a Redis with an append-only file that evicts nothing', () => {
    expect(durabilityWarnings({ appendonly: 'yes', save: '', maxmemoryPolicy: 'noeviction' })).toEqual([]);
  });

  it('warns when Redis keeps no append-only file, saying whether snapshots are on', () => {
    expect(durabilityWarnings({ appendonly: 'no', save: '', maxmemoryPolicy: 'noeviction' })).toEqual([
      expect.stringContaining('appendonly no; no RDB snapshots either'),
    ]);
    expect(durabilityWarnings({ appendonly: 'no', save: '3600 1', maxmemoryPolicy: 'noeviction' })).toEqual([
      expect.stringContaining('only RDB snapshots (save "3600 1")'),
    ]);
  });

  it('warns when Redis may evict jobs under memory pressure', () => {
    expect(durabilityWarnings({ appendonly: 'yes', save: '', maxmemoryPolicy: 'allkeys-lru' })).toEqual([
      expect.stringContaining('maxmemory-policy is allkeys-lru, not noeviction'),
    ]);
  });

  it('reads the settings with CONFIG GET', async () => {
    const client = redis({ config: { appendonly: 'no', save: '3600 1', 'maxmemory-policy': 'volatile-lru' } });
    await expect(readRedisDurability(client)).resolves.toEqual({ appendonly: 'no', save: '3600 1', maxmemoryPolicy: 'volatile-lru' });
  });

  it('falls back to INFO where CONFIG is refused, which cannot tell the snapshot rules', async () => {
    const client = redis({
      info: { persistence: '# Persistence\r\nloading:0\r\naof_enabled:1\r\n', memory: '# Memory\r\nmaxmemory_policy:noeviction\r\n' },
    });
    const durability = await readRedisDurability(client);
    expect(durability).toEqual({ appendonly: 'yes', maxmemoryPolicy: 'noeviction' });
    expect(durabilityWarnings(durability!)).toEqual([]);
  });

  it('answers undefined when both CONFIG and INFO are refused, so the start logs that it could not check', async () => {
    await expect(readRedisDurability(redis({}))).resolves.toBeUndefined();
  });
});
