/**
 * The JSON shape each published contract promises, per version: `src/contexts/<context>/contracts/schemas/<event name>.v<version>.json`,
 * generated from the contract's payload type (`<ContractClass>Payload`, exported beside it).
 *   npm run contracts:snapshot   writes the schema of every contract version that has none; never rewrites one
 * The unit suite (published-contracts.spec.ts) fails when a contract's shape differs from its version's file.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createGenerator, SchemaGenerator } from 'ts-json-schema-generator';

const ROOT = resolve(__dirname, '..');
const CONTEXTS = join(ROOT, 'src/contexts');

export interface PublishedContract {
  context: string;
  className: string;
  eventName: string;
  eventVersion: number;
  /** The committed schema of this version, relative to the repository root. */
  snapshotPath: string;
}

const isContract = (value: unknown): value is { name: string; eventName: string; eventVersion: number } =>
  typeof value === 'function' && typeof (value as { eventName?: unknown }).eventName === 'string';

/** Every event class exported by a context's `contracts/index.ts`: what other contexts may consume. */
export async function publishedContracts(): Promise<PublishedContract[]> {
  const contexts = readdirSync(CONTEXTS).filter((context) => existsSync(join(CONTEXTS, context, 'contracts/index.ts')));
  const contracts: PublishedContract[] = [];
  for (const context of contexts) {
    const exported = Object.values((await import(join(CONTEXTS, context, 'contracts'))) as Record<string, unknown>);
    for (const type of exported.filter(isContract)) {
      const snapshot = join(CONTEXTS, context, 'contracts/schemas', `${type.eventName}.v${type.eventVersion}.json`);
      contracts.push({
        context,
        className: type.name,
        eventName: type.eventName,
        eventVersion: type.eventVersion,
        snapshotPath: relative(ROOT, snapshot),
      });
    }
  }
  const classNames = contracts.map((contract) => contract.className);
  const twice = classNames.find((name, index) => classNames.indexOf(name) !== index);
  // Payload types are found by name across the program, so a second `XPayload` would be read in place of the first.
  if (twice) throw new Error(`two contexts publish a contract class named ${twice}; rename one`);
  return contracts;
}

/** Reads the program once (a few seconds); each schema after that is quick. */
export function schemaGenerator(): SchemaGenerator {
  return createGenerator({
    path: join(CONTEXTS, '*/contracts/index.ts'),
    tsconfig: join(ROOT, 'tsconfig.json'),
    // The shape only: inlined (no type names) and without comments, so renaming a type or rewording a comment is no new version.
    expose: 'none',
    topRef: false,
    jsDoc: 'none',
    skipTypeCheck: true,
  });
}

/** The schema as committed: stable key order from the type, two-space indent, a final newline. */
export function schemaOf(generator: SchemaGenerator, contract: PublishedContract): string {
  return `${JSON.stringify(generator.createSchema(`${contract.className}Payload`), null, 2)}\n`;
}

async function snapshotMissing(): Promise<void> {
  const generator = schemaGenerator();
  for (const contract of await publishedContracts()) {
    const path = join(ROOT, contract.snapshotPath);
    if (existsSync(path)) continue;
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, schemaOf(generator, contract));
    process.stdout.write(`wrote ${contract.snapshotPath}\n`);
  }
}

if (require.main === module) void snapshotMissing();
