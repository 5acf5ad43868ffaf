import { Rule, SchematicsException, Tree } from '@angular-devkit/schematics';
import { subscribedEvent } from './event-source';
import { listHandlerId, refuseListedHandlerId } from './handler-ids';
import { dropPlaceholder, wireIntoModule } from './module-wiring';
import { names, withArticle } from './names';
import { contextTarget, SchematicOptions } from './options';
import { refuseExisting } from './tree-edits';
import { formatted } from './formatted';

const USAGE =
  'nest g event-handler <subscribing-context>.<verb-object> <context>.<event>, e.g. nest g event-handler billing.open-invoice ordering.order-placed';

/**
 * `nest g event-handler billing.open-invoice ordering.order-placed`: the reaction `OpenInvoiceOnOrderPlaced` in
 * `application/on-order-placed/open-invoice.on-order-placed.ts`, declared as `billing.open-invoice-on-order-placed`
 * (the id that keys its inbox rows, jobs and dead letters) and added to the committed list of handler ids. It is the
 * one file that names the other context, importing only its published contract (or, for a later reaction to the
 * context's own internal event, that event). Idempotent by construction: the
 * framework runs it once per event through the inbox.
 */
export function eventHandler(options: SchematicOptions): Rule {
  return formatted((tree: Tree) => {
    const [subscribing, verbObject] = options.name.split('.');
    const [source, eventName] = (options.path ?? '').split('.');
    if (!subscribing || !verbObject) throw new SchematicsException(`name the reaction as <subscribing-context>.<verb-object>: ${USAGE}`);
    if (!source || !eventName) throw new SchematicsException(`name the event as <context>.<event>: ${USAGE}`);
    const subscriber = contextTarget(tree, { ...options, path: subscribing }, USAGE);
    const reaction = names(verbObject, 'reaction (verb-object)');
    const from = names(source, 'context');
    const e = names(eventName, 'event');
    const sourceRoot = options.sourceRoot ?? 'src';
    const { eventClass, importPath, own } = subscribedEvent(tree, sourceRoot, subscriber, from, e);

    const dir = `${subscriber.root}/application/on-${e.kebab}`;
    const file = `${reaction.kebab}.on-${e.kebab}`;
    const handler = `${reaction.pascal}On${e.pascal}`;
    const id = `${subscriber.context.kebab}.${reaction.kebab}-on-${e.kebab}`;
    refuseExisting(tree, [`${dir}/${file}.ts`], `${withArticle(subscriber.context.kebab)} reaction ${id}`);
    refuseListedHandlerId(tree, sourceRoot, id);

    tree.create(
      `${dir}/${file}.ts`,
      `import { Logger } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { ${eventClass} } from '${importPath}';

/**
 * ${own ? `${subscriber.context.pascal}'s later reaction to its own` : `Where ${subscriber.context.pascal} meets ${from.pascal}: reacts to`} ${from.kebab}.${e.kebab}. Runs once per event (the inbox
 * skips redeliveries), in a transaction its commands join; send them with the TransactionalCommandBus from here.
 */
@EventHandler('${id}', ${eventClass})
export class ${handler} implements IEventHandler<${eventClass}> {
  private readonly logger = new Logger(${handler}.name);

  async handle(event: ${eventClass}): Promise<void> {
    this.logger.log(\`${from.kebab}.${e.kebab} \${event.metadata.eventId} for \${event.metadata.aggregateId} (sequence \${event.metadata.sequence})\`);
  }
}
`,
    );
    tree.create(
      `${dir}/${file}.spec.ts`,
      `import { eventHandlerOf } from '@promenade/messaging';
import { ${eventClass} } from '${importPath}';
import { ${handler} } from './${file}';

describe('${handler}', () => {
  it('subscribes to ${from.kebab}.${e.kebab} under its stable id', () => {
    expect(eventHandlerOf(${handler})).toEqual({ id: '${id}', events: [${eventClass}] });
  });
});
`,
    );
    listHandlerId(tree, sourceRoot, id);
    dropPlaceholder(tree, `${subscriber.root}/application`);
    wireIntoModule(tree, subscriber, {
      imports: [[handler, `./application/on-${e.kebab}/${file}`]],
      providers: { into: 'reactions', entries: [handler] },
    });
    return tree;
  });
}
