import { Rule, SchematicsException, Tree } from '@angular-devkit/schematics';
import { eventFile, eventSpec } from './event-template';
import { subscribedEvent } from './event-source';
import { listHandlerId, refuseListedHandlerId } from './handler-ids';
import { dropPlaceholder, wireIntoModule } from './module-wiring';
import { Names, names, sentenceWithArticle } from './names';
import { ContextTarget, contextTarget, migrationTimestamp, SchematicOptions } from './options';
import { SagaParts, sagaFile, sagaHandlerFile, sagaSpecFile, sagaTablesMigration } from './saga-template';
import { formatted } from './formatted';

// The Nest CLI takes no option it does not know (`--starts` is refused) and two arguments at most: the start event
// goes in the second one, as for an event handler.
const USAGE =
  'nest g saga <name> <context> (started by an internal event <context>.<name>-requested it writes), or nest g saga <context>.<name> ' +
  '<context>.<event> (started by that event: a contract, or an internal event of its own), e.g. nest g saga fulfillment.order-fulfillment ordering.order-placed';

/**
 * `nest g saga order-fulfillment fulfillment`: the process `fulfillment.order-fulfillment` in
 * `application/order-fulfillment/` (its `defineSaga` definition, its `SagaHandler` declared as
 * `fulfillment.order-fulfillment-saga` and listed with the handler ids, its spec on SagaHarness), in the module's
 * `sagas`, started by the internal event `fulfillment.order-fulfillment-requested` it writes in `domain/events/`.
 * `nest g saga fulfillment.order-fulfillment ordering.order-placed` starts it on that contract instead, keyed by the
 * field the contract is keyed by. The context's first saga also gets the migration of its saga tables.
 */
export function saga(options: SchematicOptions): Rule {
  return formatted((tree: Tree) => {
    const sourceRoot = options.sourceRoot ?? 'src';
    const startsOn = options.name.includes('.');
    const [owner, sagaName] = startsOn ? options.name.split('.') : [options.path, options.name];
    if (!owner || !sagaName || options.name.split('.').length > 2) throw new SchematicsException(`name the saga and its context: ${USAGE}`);
    if (!startsOn && options.path?.includes('.'))
      throw new SchematicsException(`to start a saga on ${options.path}, name it <context>.<name>: ${USAGE}`);
    const target = contextTarget(tree, { ...options, path: owner }, USAGE);
    const s = names(sagaName, 'saga');
    if (/(^|-)saga$/.test(s.kebab))
      throw new SchematicsException(`name the process, not the pattern: "${s.kebab}" (its handler is called <Name>Saga already)`);
    const type = `${target.context.kebab}.${s.kebab}`;
    const dir = `${target.root}/application/${s.kebab}`;
    const id = `${type}-saga`;

    if (folderExists(tree, dir)) throw new SchematicsException(`saga ${type} already exists (${dir}); nothing was written`);
    const parts = startsOn ? onEvent(tree, sourceRoot, target, s, options.path) : onRequest(tree, target, s);
    refuseListedHandlerId(tree, sourceRoot, id);

    if (!startsOn) writeRequestEvent(tree, target, s, parts);
    tree.create(`${dir}/${s.kebab}.saga.ts`, sagaFile(parts));
    tree.create(`${dir}/${s.kebab}.handler.ts`, sagaHandlerFile(parts));
    tree.create(`${dir}/${s.kebab}.saga.spec.ts`, sagaSpecFile(parts));
    dropPlaceholder(tree, `${target.root}/application`);
    listHandlerId(tree, sourceRoot, id);
    if (!hasSagaTables(tree, target.context)) {
      const timestamp = migrationTimestamp(tree.getDir('migrations').subdirs.flatMap((sub) => tree.getDir(`migrations/${sub}`).subfiles));
      const migration = `migrations/${target.context.kebab}/${timestamp}-Create${target.context.pascal}Sagas.ts`;
      tree.create(migration, sagaTablesMigration(target.context, timestamp));
    }
    wireIntoModule(tree, target, {
      imports: [[`${s.pascal}Saga`, `./application/${s.kebab}/${s.kebab}.handler`]],
      providers: { into: 'sagas', entries: [`${s.pascal}Saga`] },
    });
    return tree;
  });
}

/** Started by `<context>.<event>`: another context's contract, or an internal event of the saga's context. */
function onEvent(tree: Tree, sourceRoot: string, target: ContextTarget, s: Names, path: string | undefined): SagaParts {
  const [source, eventName, ...rest] = (path ?? '').split('.');
  if (!source || !eventName || rest.length > 0)
    throw new SchematicsException(`name the event that starts it as <context>.<event>: ${USAGE}`);
  const from = names(source, 'context');
  const e = names(eventName, 'event');
  const event = subscribedEvent(tree, sourceRoot, target, from, e);
  const startName = `${from.kebab}.${e.kebab}`;
  if (!event.keyField)
    throw new SchematicsException(
      `${startName} is keyed by no payload field (its constructor calls no super(payload.<field>, …)): a saga keyed by it could not be written`,
    );
  return {
    context: target.context,
    saga: s,
    startName,
    startClass: event.eventClass,
    startImport: event.importPath,
    keyField: event.keyField,
    keyPrefix: event.keyField.replace(/(.)Id$/, '$1').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
    partialPayload: true,
  };
}

/** Started by `<context>.<saga>-requested`, an internal event written with it, keyed by `<saga>Id`: one saga per request. */
function onRequest(tree: Tree, target: ContextTarget, s: Names): SagaParts {
  const e = names(`${s.kebab}-requested`, 'event');
  const startName = `${target.context.kebab}.${e.kebab}`;
  if (tree.exists(requestEventPath(target, e)))
    throw new SchematicsException(
      `the event ${startName} already exists: start the saga on it with nest g saga ${target.context.kebab}.${s.kebab} ${startName}; nothing was written`,
    );
  return {
    context: target.context,
    saga: s,
    startName,
    startClass: e.pascal,
    startImport: `../../domain/events/${e.kebab}.event`,
    keyField: `${s.camel}Id`,
    keyPrefix: s.kebab,
    partialPayload: false,
  };
}

const requestEventPath = (target: ContextTarget, e: Names) => `${target.root}/domain/events/${e.kebab}.event.ts`;

function writeRequestEvent(tree: Tree, target: ContextTarget, s: Names, parts: SagaParts): void {
  const e = names(`${s.kebab}-requested`, 'event');
  const summary = `${sentenceWithArticle(s.kebab)} was asked for: it starts the saga ${target.context.kebab}.${s.kebab}.`;
  tree.create(requestEventPath(target, e), eventFile(target.context, e, parts.keyField, null, summary));
  tree.create(requestEventPath(target, e).replace(/\.ts$/, '.spec.ts'), eventSpec(target.context, e, parts.keyField));
  dropPlaceholder(tree, `${target.root}/domain`);
}

function folderExists(tree: Tree, dir: string): boolean {
  const folder = tree.getDir(dir);
  return folder.subfiles.length + folder.subdirs.length > 0;
}

/** Whether one of the context's migrations already creates its saga tables: every saga type of the context shares them. */
function hasSagaTables(tree: Tree, context: Names): boolean {
  const dir = `migrations/${context.kebab}`;
  const creates = new RegExp(`createSagaTables\\(\\s*\\w+\\s*,\\s*['"\`]${context.snake}['"\`]\\s*\\)`);
  return tree.getDir(dir).subfiles.some((file) => creates.test(tree.readText(`${dir}/${file}`)));
}
