import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publishedContracts, schemaGenerator, schemaOf } from '../../scripts/contracts-snapshot';

const ROOT = resolve(__dirname, '../..');
const CONTEXTS = join(ROOT, 'src/contexts');

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

  it("hold in a context's contracts/ only what its index.ts publishes", async () => {
    const unpublished: string[] = [];
    for (const context of readdirSync(CONTEXTS).filter((entry) => existsSync(join(CONTEXTS, entry, 'contracts')))) {
      const folder = join(CONTEXTS, context, 'contracts');
      const files = readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && file !== 'index.ts');
      if (files.length === 0) continue;
      if (!existsSync(join(folder, 'index.ts'))) {
        unpublished.push(`${context}/contracts has no index.ts`);
        continue;
      }
      const published = new Set(Object.values((await import(folder)) as Record<string, unknown>));
      for (const file of files) {
        const exported = Object.entries((await import(join(folder, file))) as Record<string, unknown>);
        const hidden = exported.filter(([, value]) => !published.has(value)).map(([name]) => name);
        if (hidden.length > 0) unpublished.push(`${context}/contracts/${file} exports ${hidden.join(', ')}, which its index.ts does not`);
      }
    }
    expect(unpublished).toEqual([]);
  });
});
