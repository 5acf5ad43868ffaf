import { Names } from './names';

/** What a generated saga is built from: its names, and the event that starts it with the payload field that keys it. */
export interface SagaParts {
  context: Names;
  saga: Names;
  /** `<context>.<event>`, as logs and tests name it. */
  startName: string;
  startClass: string;
  /** From `application/<saga>/`. */
  startImport: string;
  /** The start event's payload field that identifies the saga's subject, e.g. `orderId`. */
  keyField: string;
  /** The prefix of its correlation key, e.g. `order` in `order:<orderId>`. */
  keyPrefix: string;
  /** Whether the start event carries more than the key field (a contract): the spec then gives only that field. */
  partialPayload: boolean;
}

/** The saga's states, terminal state and compensable step, as the three files spell them. */
const WAITING = 'in_progress';
const GAVE_UP = 'cancelled';
const STEP = 'first-request';

const spoken = (name: Names) => name.kebab.replace(/-/g, ' ');

/** A doc comment wrapped at 120 columns, as hand-written ones are: the names spliced into it have any length. */
function docComment(text: string): string {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && ` * ${lines[last]} ${word}`.length <= 120) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return `/**\n${lines.map((line) => ` * ${line}`).join('\n')}\n */`;
}

const types = (p: SagaParts) => `${p.saga.pascal}Data, ${p.saga.pascal}State, ${p.saga.pascal}Step`;

/**
 * `application/<saga>/<saga>.saga.ts`: the definition, in the shape of a real one (one waiting state with its timeout,
 * a terminal state, one compensable step), complete enough to run, with comments on what to write in each part.
 */
export function sagaFile(p: SagaParts): string {
  const { context: c, saga: s } = p;
  return `import { defineSaga, on } from '@promenade/messaging';
import { ${p.startClass} } from '${p.startImport}';

/** What the saga keeps between events, stored as JSON (plain values only): add what its later steps read. */
export interface ${s.pascal}Data {
  ${p.keyField}: string;
}

/**
 * \`${WAITING}\` waits for the answer to the first request; add a state for each further wait, and the terminal state
 * it is meant to reach (e.g. \`completed\`) beside \`${GAVE_UP}\`, where it gives up.
 */
export type ${s.pascal}State = '${WAITING}' | '${GAVE_UP}';

/**
 * The steps that have an undo, each named after what it holds (e.g. \`stock\` for a reservation): \`${STEP}\` is
 * what the start asks of another context.
 */
export type ${s.pascal}Step = '${STEP}';

${docComment(
  `${c.pascal}'s ${spoken(s)} process, one per ${p.keyField}, started by ${p.startName}: it asks other contexts to act with ` +
    'the command messages of their `contracts/`, reacts to the events they publish in answer, and undoes its completed steps ' +
    'when it gives up. Its handler, beside this file, delivers each event to it once.',
)}
export const ${s.camel} = defineSaga<${types(p)}>({
  type: '${c.kebab}.${s.kebab}',
  terminal: ['${GAVE_UP}'],
  starts: on(${p.startClass}, {
    key: (event) => \`${p.keyPrefix}:\${event.payload.${p.keyField}}\`,
    state: '${WAITING}',
    data: (event) => ({ ${p.keyField}: event.payload.${p.keyField} }),
    // The first request: send it here, saga.send(new <Request>Message({ … })) with a message of the other context's contracts/.
    then: (saga) => saga.completed('${STEP}'),
  }),
  // One on(<Event>, { key, in: [<states>], then }) per answer the saga waits for: it runs only in the states listed.
  reactions: [],
  timeouts: {
    ${WAITING}: {
      // How long it waits for the answer; a length the deployment configures reads the settings: (data, config) => …
      afterMs: 15 * 60_000,
      // No answer in time: undo the completed steps, newest first, and give up.
      then: (saga) => {
        saga.compensate();
        saga.moveTo('${GAVE_UP}');
      },
    },
  },
  compensations: {
    // The messages that undo the first request (e.g. release what it reserved), built from the data: none while it sends none.
    '${STEP}': () => [],
  },
});
`;
}

/** `application/<saga>/<saga>.handler.ts`: the provider that runs the saga, under the handler id that keys its inbox rows. */
export function sagaHandlerFile(p: SagaParts): string {
  const { context: c, saga: s } = p;
  return `import { EventHandler, SagaHandler, SagaRunner } from '@promenade/messaging';
import { ${s.camel}, ${types(p)} } from './${s.kebab}.saga';

/** Runs the ${spoken(s)} saga: each event it takes reaches it once (its id keys the inbox). */
@EventHandler('${c.kebab}.${s.kebab}-saga', ...${s.camel}.handles)
export class ${s.pascal}Saga extends SagaHandler<${types(p)}> {
  constructor(runner: SagaRunner) {
    super(${s.camel}, runner);
  }
}
`;
}

/** `application/<saga>/<saga>.saga.spec.ts`: the saga driven through SagaHarness, as it runs, without infrastructure. */
export function sagaSpecFile(p: SagaParts): string {
  const { saga: s } = p;
  const start = p.partialPayload
    ? `// Only the field the saga reads so far: give the others as its reactions come to read them.
const start = () => new ${p.startClass}({ ${p.keyField}: SUBJECT } as ${p.startClass}['payload']);`
    : `const start = () => new ${p.startClass}({ ${p.keyField}: SUBJECT });`;
  return `import { SagaHarness } from '@promenade/messaging';
import { ${p.startClass} } from '${p.startImport}';
import { ${s.camel} } from './${s.kebab}.saga';

const SUBJECT = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const START = '2026-03-01T10:00:00.000Z';

${start}
const started = () => SagaHarness.of(${s.camel}, { now: START }).receive(start());

describe('the ${spoken(s)} saga', () => {
  it('starts on ${p.startName}, keyed by its ${p.keyField}', () => {
    const saga = started();
    expect(saga.state).toBe('${WAITING}');
    expect(saga.keys).toEqual([\`${p.keyPrefix}:\${SUBJECT}\`]);
    expect(saga.data).toEqual({ ${p.keyField}: SUBJECT });
    expect(saga.completedSteps).toEqual(['${STEP}']);
    expect(saga.timeout).toEqual({ state: '${WAITING}', dueAt: new Date('2026-03-01T10:15:00.000Z') });
  });

  it('ignores a second start for the same ${p.keyField}', () => {
    const saga = started().receive(start());
    expect(saga.ignored).toBe(true);
    expect(saga.decisions.map((decision) => decision.outcome)).toEqual(['duplicate-start']);
    expect(saga.history).toHaveLength(1);
  });

  it('gives up at its timeout: undoes its completed steps and ends ${GAVE_UP}', () => {
    const saga = started().fireTimeout();
    expect(saga.now).toEqual(new Date('2026-03-01T10:15:00.000Z'));
    expect(saga.state).toBe('${GAVE_UP}');
    expect(saga.ended).toBe(true);
    expect(saga.completedSteps).toEqual([]);
    expect(saga.sent).toEqual([]);
    expect(saga.timeout).toBeNull();
  });
});
`;
}

/** `migrations/<context>/<ts>-Create<Context>Sagas.ts`: the context's saga tables, shared by all its saga types. */
export function sagaTablesMigration(c: Names, timestamp: number): string {
  return `import { createSagaTables, dropSagaTables } from '@promenade/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** ${c.pascal}'s saga rows and correlation keys, in the ${c.snake} schema: one pair of tables for all its saga types. */
export class Create${c.pascal}Sagas${timestamp} implements MigrationInterface {
  name = 'Create${c.pascal}Sagas${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createSagaTables(queryRunner, '${c.snake}');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropSagaTables(queryRunner, '${c.snake}');
  }
}
`;
}
