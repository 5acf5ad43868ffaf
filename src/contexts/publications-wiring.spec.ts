import { MODULE_METADATA } from '@nestjs/common/constants';
import { CommandMessage, EventType } from '@promenade/ddd';
import { PUBLISHED_AS_KEY, PublishedAs } from '@promenade/messaging';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const contexts = readdirSync(__dirname).filter((entry) => existsSync(join(__dirname, entry, 'contracts/index.ts')));

async function exportsOf(path: string): Promise<unknown[]> {
  return Object.values((await import(path)) as Record<string, unknown>);
}

/**
 * A contract reaches the wire only through its publication, and a publication works only as a provider
 * of its context's module: a contract without one would never be sent, a publication left out of the
 * module would let its domain event go out unmapped. Command messages (`CommandMessage`) are sent by other
 * contexts, never published by their owner, so they need none.
 */
describe.each(contexts)('the %s context', (context) => {
  it('publishes each of its contracts through one publication, registered in its module', async () => {
    const root = join(__dirname, context);
    const contracts = (await exportsOf(join(root, 'contracts'))).filter(
      (value): value is EventType => typeof value === 'function' && 'eventName' in value && !(value.prototype instanceof CommandMessage),
    );
    const folder = join(root, 'application/publications');
    const files = existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts')) : [];
    // Helpers the publications share (a mapping of a nested field) may sit beside them; a publication is what @Publishes marks.
    const publications = (await Promise.all(files.map((file) => exportsOf(join(folder, file)))))
      .flat()
      .filter((value): value is new () => object => typeof value === 'function' && Reflect.hasMetadata(PUBLISHED_AS_KEY, value));
    const declared = publications.map((publication) => (Reflect.getMetadata(PUBLISHED_AS_KEY, publication) as PublishedAs).contract);
    expect(declared.sort(byName)).toEqual([...contracts].sort(byName));

    const module = (await exportsOf(join(root, `${context}.module`))).find(
      (value) => typeof value === 'function' && Reflect.hasMetadata(MODULE_METADATA.PROVIDERS, value),
    );
    const providers = Reflect.getMetadata(MODULE_METADATA.PROVIDERS, module as object) as unknown[];
    expect(publications.filter((publication) => !providers.includes(publication))).toEqual([]);
  });
});

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
