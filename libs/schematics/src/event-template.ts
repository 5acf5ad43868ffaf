import { Names } from './names';

/**
 * A domain event class (`domain/events/`): stable name `<context>.<event>`, version 1, a JSON payload keyed by its
 * aggregate's id. Internal unless a publication maps it to a contract.
 */
export function eventFile(c: Names, e: Names, idField: string, timeField: string | null, summary: string): string {
  return eventClass(c, e, e.pascal, idField, timeField, summary);
}

export function eventSpec(c: Names, e: Names, idField: string): string {
  return `import { ${e.pascal} } from './${e.kebab}.event';

describe('${e.pascal}', () => {
  it('travels as ${c.kebab}.${e.kebab} v1 with its payload', () => {
    const event = new ${e.pascal}({ ${idField}: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as ${e.pascal}['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: '${c.kebab}.${e.kebab}', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
`;
}

/** The contract other contexts consume (`contracts/<event>.contract.ts`): what the context promises to keep. */
export function contractFile(c: Names, e: Names, idField: string, summary: string): string {
  const promise = `${summary}\n * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.`;
  return eventClass(c, e, `${e.pascal}Contract`, idField, null, promise);
}

/** The deliberate mapping from the domain event to its contract (`application/publications/publish-<event>.ts`). */
export function publicationFile(e: Names, idField: string): string {
  return `import { Publication, Publishes } from '@promenade/messaging';
import { ${e.pascal}Contract, ${e.pascal}ContractPayload } from '../../contracts';
import { ${e.pascal} } from '../../domain/events/${e.kebab}.event';

/** What other contexts learn of ${e.pascal}: field by field, so a field added inside the context stays inside. */
@Publishes(${e.pascal}, ${e.pascal}Contract)
export class Publish${e.pascal} implements Publication<${e.pascal}, ${e.pascal}Contract> {
  toContract({ payload }: ${e.pascal}): ${e.pascal}ContractPayload {
    return { ${idField}: payload.${idField} };
  }
}
`;
}

export function publicationSpec(c: Names, e: Names, idField: string): string {
  return `import { ${e.pascal} } from '../../domain/events/${e.kebab}.event';
import { Publish${e.pascal} } from './publish-${e.kebab}';

describe('Publish${e.pascal}', () => {
  it('gives other contexts the ${idField} of ${c.kebab}.${e.kebab}', () => {
    const event = new ${e.pascal}({ ${idField}: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new Publish${e.pascal}().toContract(event)).toEqual({ ${idField}: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
`;
}

function eventClass(c: Names, e: Names, className: string, idField: string, timeField: string | null, summary: string): string {
  const fields = [`  ${idField}: string;`, ...(timeField ? [`  ${timeField}: string;`] : [])].join('\n');
  const doc = summary.includes('\n') ? `/**\n * ${summary}\n */` : `/** ${summary} */`;
  return `import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ${className}Payload {
${fields}
}

${doc}
export class ${className} extends DomainEvent<${className}Payload> {
  static readonly eventName = '${c.kebab}.${e.kebab}';
  static readonly eventVersion = 1;

  constructor(payload: ${className}Payload, metadata?: Partial<EventMetadata>) {
    super(payload.${idField}, payload, metadata);
  }
}
`;
}
