import { Names } from './names';

/** An integration event class: stable name `<context>.<event>`, version 1, a JSON payload keyed by its aggregate's id. */
export function eventFile(c: Names, e: Names, idField: string, timeField: string | null, summary: string): string {
  const fields = [`  ${idField}: string;`, ...(timeField ? [`  ${timeField}: string;`] : [])].join('\n');
  return `import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ${e.pascal}Payload {
${fields}
}

/** ${summary} */
export class ${e.pascal} extends DomainEvent<${e.pascal}Payload> {
  static readonly eventName = '${c.kebab}.${e.kebab}';
  static readonly eventVersion = 1;

  constructor(payload: ${e.pascal}Payload, metadata?: Partial<EventMetadata>) {
    super(payload.${idField}, payload, metadata);
  }
}
`;
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
