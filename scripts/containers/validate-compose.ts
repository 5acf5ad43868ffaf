/**
 * Checks compose.yaml against the Compose Specification's JSON schema, as `docker compose config` would before running
 * anything; CI's machine has no Docker engine to ask. The schema is vendored as deploy/compose-spec.json: compose-spec/
 * compose-spec's schema/compose-spec.json at commit 170098ba07d9f53c383a41bfd4c5166b0a4529a6 (draft-07; Prettier-formatted,
 * the same JSON).
 *   npx ts-node scripts/containers/validate-compose.ts           validates; exits 1 naming every violation
 *   npx ts-node scripts/containers/validate-compose.ts --print   validates, then prints the file as JSON, anchors and
 *                                                                `<<` merges resolved, for scripts (.ci/containers)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { CORE_SCHEMA, load, mergeTag } from 'js-yaml';

const ROOT = join(__dirname, '../..');
const COMPOSE_FILE = join(ROOT, 'compose.yaml');
const SCHEMA_FILE = join(ROOT, 'deploy/compose-spec.json');

/** Compose files lean on `<<` merge keys to share a service's settings; YAML 1.2's core schema leaves them out. */
function readCompose(): unknown {
  return load(readFileSync(COMPOSE_FILE, 'utf8'), { schema: CORE_SCHEMA.withTags(mergeTag) });
}

/** The violations of the schema, one line each, empty when the file conforms. */
function violations(compose: unknown): string[] {
  // strictTypes off: the schema is written for any draft-07 validator, with union types Ajv's strict mode would refuse.
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  addFormats(ajv); // the formats a later schema may use, so an update cannot fail on an unknown one
  // Draft-07 is Ajv's own; the schema's `$schema` spells it https://…/draft-07/schema, a URL Ajv does not register.
  const { $schema: _draft, ...schema } = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  const validate = ajv.compile(schema);
  if (validate(compose)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`,
  );
}

function main(): void {
  const compose = readCompose();
  const found = violations(compose);
  if (found.length > 0) {
    process.stderr.write(`compose.yaml does not conform to the Compose Specification (${SCHEMA_FILE}):\n${found.join('\n')}\n`);
    process.exitCode = 1;
    return;
  }
  if (process.argv.includes('--print')) process.stdout.write(`${JSON.stringify(compose)}\n`);
  else process.stdout.write('compose.yaml conforms to the Compose Specification\n');
}

main();
