import { Rule, SchematicContext, Tree } from '@angular-devkit/schematics';
import { aggregatesOf } from './aggregate-lookup';
import { contractFile, eventFile, eventSpec, publicationFile, publicationSpec } from './event-template';
import { dropPlaceholder, wireIntoModule } from './module-wiring';
import { Names, names, withArticle } from './names';
import { ContextTarget, contextTarget, SchematicOptions } from './options';
import { appendLine, refuseExisting } from './tree-edits';
import { formatted } from './formatted';

/** `nest g event invoice-paid billing`: the internal event `billing.invoice-paid` v1 in domain/events/, keyed by `invoiceId`. */
export function event(options: SchematicOptions): Rule {
  return formatted((tree: Tree) => {
    const target = contextTarget(tree, options, 'nest g event <name> <context>');
    const e = names(options.name, 'event');
    refuseExisting(tree, [eventPath(target, e)], `event ${target.context.kebab}.${e.kebab}`);
    createEvent(tree, target, e, `Something happened to ${withArticle(subjectOf(tree, target, e))}.`);
    return tree;
  });
}

/**
 * `nest g published-event invoice-paid billing`: the same domain event, plus the contract other contexts consume
 * (contracts/, exported by its index.ts) and the publication that maps one to the other, registered in the module.
 * Its JSON schema is then committed with `npm run contracts:snapshot`.
 */
export function publishedEvent(options: SchematicOptions): Rule {
  return formatted((tree: Tree, context: SchematicContext) => {
    const target = contextTarget(tree, options, 'nest g published-event <name> <context>');
    const e = names(options.name, 'event');
    const contract = `${target.root}/contracts/${e.kebab}.contract.ts`;
    const publication = `${target.root}/application/publications/publish-${e.kebab}.ts`;
    refuseExisting(tree, [eventPath(target, e), contract, publication], `published event ${target.context.kebab}.${e.kebab}`);
    const summary = `Something happened to ${withArticle(subjectOf(tree, target, e))} that other contexts may react to.`;
    const idField = createEvent(tree, target, e, summary);
    tree.create(contract, contractFile(target.context, e, idField, summary));
    appendLine(tree, `${target.root}/contracts/index.ts`, `export * from './${e.kebab}.contract';`);
    dropPlaceholder(tree, `${target.root}/contracts`);
    tree.create(publication, publicationFile(e, idField));
    tree.create(publication.replace(/\.ts$/, '.spec.ts'), publicationSpec(target.context, e, idField));
    wireIntoModule(tree, target, {
      imports: [[`Publish${e.pascal}`, `./application/publications/publish-${e.kebab}`]],
      providers: { into: 'publications', entries: [`Publish${e.pascal}`] },
    });
    context.logger.info(`${target.context.kebab}.${e.kebab} v1 is published: run npm run contracts:snapshot and commit its schema.`);
    return tree;
  });
}

const eventPath = (target: ContextTarget, e: Names) => `${target.root}/domain/events/${e.kebab}.event.ts`;

/** The aggregate the event's name starts with (`invoice-line-voided` → invoice-line), else its first word. */
const subjectOf = (tree: Tree, target: ContextTarget, e: Names) =>
  aggregatesOf(tree, target).find((aggregate) => e.kebab.startsWith(`${aggregate}-`)) ?? e.kebab.split('-')[0];

/** Writes the domain event and its spec; answers the payload's id field. */
function createEvent(tree: Tree, target: ContextTarget, e: Names, summary: string): string {
  const idField = `${names(subjectOf(tree, target, e), 'subject').camel}Id`;
  tree.create(eventPath(target, e), eventFile(target.context, e, idField, null, summary));
  tree.create(eventPath(target, e).replace(/\.ts$/, '.spec.ts'), eventSpec(target.context, e, idField));
  return idField;
}
