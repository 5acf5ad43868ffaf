/** The settings that decide whether Redis keeps the jobs it accepted; a field is undefined when it could not be read. */
export interface RedisDurability {
  /** `yes` or `no`. */
  appendonly?: string;
  /** RDB snapshot rules, e.g. `3600 1 300 100`; empty when snapshots are off. */
  save?: string;
  maxmemoryPolicy?: string;
}

/** As much of a client as the check needs (ioredis's `call`). */
export interface RedisCommands {
  call(command: string, ...args: string[]): Promise<unknown>;
}

const SWEEP_NOTE = 'the redelivery sweep sends such events again after EVENT_REDELIVERY_AFTER_MS, later than Redis would have';

/** What the settings mean for accepted jobs, one warning per risk; none when Redis keeps an AOF and evicts nothing. */
export function durabilityWarnings({ appendonly, save, maxmemoryPolicy }: RedisDurability): string[] {
  const warnings: string[] = [];
  if (appendonly !== undefined && appendonly !== 'yes') {
    const snapshots =
      save === undefined
        ? 'its RDB snapshot rules could not be read'
        : save === ''
          ? 'no RDB snapshots either'
          : `only RDB snapshots (save "${save}")`;
    warnings.push(
      `Redis keeps no append-only file (appendonly ${appendonly}; ${snapshots}): a crash or restart loses the event jobs it holds; ${SWEEP_NOTE}. Set appendonly yes`,
    );
  }
  if (maxmemoryPolicy !== undefined && maxmemoryPolicy !== 'noeviction') {
    warnings.push(
      `Redis's maxmemory-policy is ${maxmemoryPolicy}, not noeviction: under memory pressure it deletes event jobs; ${SWEEP_NOTE}. Set maxmemory-policy noeviction`,
    );
  }
  return warnings;
}

/**
 * Reads the settings with CONFIG GET; where that is refused (managed Redis often renames or forbids CONFIG),
 * from INFO persistence and INFO memory, which cannot tell the RDB rules. Undefined when both are refused.
 */
export async function readRedisDurability(client: RedisCommands): Promise<RedisDurability | undefined> {
  try {
    const [appendonly, save, maxmemoryPolicy] = await Promise.all(
      ['appendonly', 'save', 'maxmemory-policy'].map((name) => configValue(client, name)),
    );
    return { appendonly, save, maxmemoryPolicy };
  } catch {
    try {
      const info = `${await client.call('INFO', 'persistence')}\n${await client.call('INFO', 'memory')}`;
      const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1].trim();
      const aof = field('aof_enabled');
      return { appendonly: aof === undefined ? undefined : aof === '1' ? 'yes' : 'no', maxmemoryPolicy: field('maxmemory_policy') };
    } catch {
      return undefined;
    }
  }
}

async function configValue(client: RedisCommands, name: string): Promise<string> {
  const reply = (await client.call('CONFIG', 'GET', name)) as string[];
  if (reply.length < 2) throw new Error(`CONFIG GET ${name} answered nothing`);
  return reply[1];
}
