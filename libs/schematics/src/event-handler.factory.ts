import { Rule, SchematicsException, Tree } from '@angular-devkit/schematics';
import { wireIntoModule } from './module-wiring';
import { names, withArticle } from './names';
import { contextTarget, SchematicOptions } from './options';
import { read, refuseExisting } from './tree-edits';
import { formatted } from './formatted';

const USAGE =
  'nest g event-handler <subscribing-context>.<verb-object> <context>.<event>, e.g. nest g event-handler billing.open-invoice ordering.order-placed';

/**
 * `nest g event-handler billing.open-invoice ordering.order-placed`: the reaction `OpenInvoiceOnOrderPlaced` in
 * `application/on-order-placed/open-invoice.on-order-placed.ts`, declared as `billing.open-invoice-on-order-placed`
 * (the id that keys its inbox rows, jobs and dead letters) and added to the committed list of handler ids. It is the
 * one file that names the other context, importing only its published contract. Idempotent by construction: the
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
    if (from.kebab === subscriber.context.kebab)
      throw new SchematicsException(
        `${from.kebab} reacts to its own events inside its aggregates and commands, not through an event handler`,
      );
    const contractPath = `${options.sourceRoot ?? 'src'}/contexts/${from.kebab}/contracts/${e.kebab}.contract.ts`;
    const contract = read(tree, contractPath, `${from.kebab} publishes no ${e.kebab} (nest g published-event ${e.kebab} ${from.kebab})`);
    const contractClass = /export class (\w+) extends DomainEvent/.exec(contract)?.[1];
    if (!contractClass) throw new SchematicsException(`${contractPath} declares no DomainEvent class`);

    const dir = `${subscriber.root}/application/on-${e.kebab}`;
    const file = `${reaction.kebab}.on-${e.kebab}`;
    const handler = `${reaction.pascal}On${e.pascal}`;
    const id = `${subscriber.context.kebab}.${reaction.kebab}-on-${e.kebab}`;
    const idList = `${options.sourceRoot ?? 'src'}/event-handler-ids.txt`;
    const ids = read(tree, idList, 'the committed list of event handler ids').split('\n').filter(Boolean);
    refuseExisting(tree, [`${dir}/${file}.ts`], `${withArticle(subscriber.context.kebab)} reaction ${id}`);
    if (ids.includes(id)) throw new SchematicsException(`the event handler id ${id} already exists (${idList}); nothing was written`);

    tree.create(
      `${dir}/${file}.ts`,
      `import { Logger } from '@nestjs/common';
import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { ${contractClass} } from '../../../${from.kebab}/contracts';

/**
 * Where ${subscriber.context.pascal} meets ${from.pascal}: reacts to ${from.kebab}.${e.kebab}. Runs once per event (the inbox
 * skips redeliveries), in a transaction its commands join; send them with the TransactionalCommandBus from here.
 */
@EventHandler('${id}', ${contractClass})
export class ${handler} implements IEventHandler<${contractClass}> {
  private readonly logger = new Logger(${handler}.name);

  async handle(event: ${contractClass}): Promise<void> {
    this.logger.log(\`${from.kebab}.${e.kebab} \${event.metadata.eventId} for \${event.metadata.aggregateId} (sequence \${event.metadata.sequence})\`);
  }
}
`,
    );
    tree.create(
      `${dir}/${file}.spec.ts`,
      `import { eventHandlerOf } from '@promenade/messaging';
import { ${contractClass} } from '../../../${from.kebab}/contracts';
import { ${handler} } from './${file}';

describe('${handler}', () => {
  it('subscribes to ${from.kebab}.${e.kebab} under its stable id', () => {
    expect(eventHandlerOf(${handler})).toEqual({ id: '${id}', events: [${contractClass}] });
  });
});
`,
    );
    tree.overwrite(idList, `${[...ids, id].sort().join('\n')}\n`);
    if (tree.exists(`${subscriber.root}/application/.gitkeep`)) tree.delete(`${subscriber.root}/application/.gitkeep`);
    wireIntoModule(tree, subscriber, {
      imports: [[handler, `./application/on-${e.kebab}/${file}`]],
      providers: { into: 'reactions', entries: [handler] },
    });
    return tree;
  });
}
