import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publishedContracts, schemaGenerator, schemaOf } from '../../scripts/contracts-snapshot';

const ROOT = resolve(__dirname, '../..');

describe('published contracts', () => {
  it('each keep the JSON shape committed for their version', async () => {
    const contracts = await publishedContracts();
    const generator = schemaGenerator();
    const broken = contracts.flatMap((contract) => {
      const name = `${contract.eventName} v${contract.eventVersion}`;
      const path = join(ROOT, contract.snapshotPath);
      if (!existsSync(path)) return [`${name} has no schema snapshot: run npm run contracts:snapshot and commit ${contract.snapshotPath}`];
      const generated = schemaOf(generator, contract);
      if (generated === readFileSync(path, 'utf8')) return [];
      return [
        `the JSON shape of ${contract.eventName} changed without a version bump: bump eventVersion and run npm run contracts:snapshot ` +
          `(consumers of v${contract.eventVersion} still read ${contract.snapshotPath}); the shape is now\n${generated}`,
      ];
    });
    expect(contracts.length).toBeGreaterThan(0);
    if (broken.length > 0) throw new Error(broken.join('\n'));
  }, 60_000);
});
