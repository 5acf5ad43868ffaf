import { Rule, SchematicsException, Tree } from '@angular-devkit/schematics';
import { wireIntoModule } from './module-wiring';
import { names, withArticle } from './names';
import { contextTarget, SchematicOptions } from './options';
import { read, refuseExisting } from './tree-edits';

/**
 * `nest g event-handler <subscribing-context> <context>.<event>`, e.g. `nest g event-handler shipping ordering.order-placed`:
 * a reaction in `application/on-<event>/`, the one file that names the other context, importing only its contracts/.
 * Idempotent by construction: the framework runs it once per event through the inbox.
 */
export function eventHandler(options: SchematicOptions): Rule {
  return (tree: Tree) => {
    const usage = 'nest g event-handler <subscribing-context> <context>.<event>';
    const [source, eventName] = (options.path ?? '').split('.');
    if (!source || !eventName) throw new SchematicsException(`name the event as <context>.<event>: ${usage}`);
    const subscriber = contextTarget(tree, { ...options, path: options.name }, usage);
    const from = names(source, 'context');
    const e = names(eventName, 'event');
    if (from.kebab === subscriber.context.kebab) throw new SchematicsException(`${from.kebab} reacts to its own events inside its aggregates and commands, not through an event handler`);
    const contractPath = `${options.sourceRoot ?? 'src'}/contexts/${from.kebab}/contracts/${e.kebab}.event.ts`;
    const contract = read(tree, contractPath, `no event ${from.kebab}.${e.kebab} in ${from.kebab}/contracts (nest g event ${e.kebab} ${from.kebab})`);
    const className = /export class (\w+) extends DomainEvent/.exec(contract)?.[1];
    if (!className) throw new SchematicsException(`${contractPath} declares no DomainEvent class`);

    const dir = `${subscriber.root}/application/on-${e.kebab}`;
    const handler = `On${className}`;
    refuseExisting(tree, [`${dir}/on-${e.kebab}.handler.ts`], `${withArticle(subscriber.context.kebab)} handler of ${from.kebab}.${e.kebab}`);
    tree.create(`${dir}/on-${e.kebab}.handler.ts`, `import { Logger } from '@nestjs/common';
import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ${className} } from '../../../${from.kebab}/contracts/${e.kebab}.event';

/**
 * Where ${subscriber.context.pascal} meets ${from.pascal}: reacts to ${from.kebab}.${e.kebab}. Runs once per event (the inbox
 * skips redeliveries), in a transaction its commands join; send them with the TransactionalCommandBus from here.
 */
@EventsHandler(${className})
export class ${handler} implements IEventHandler<${className}> {
  private readonly logger = new Logger(${handler}.name);

  async handle(event: ${className}): Promise<void> {
    this.logger.log(\`${from.kebab}.${e.kebab} \${event.metadata.eventId} for \${event.metadata.aggregateId} (sequence \${event.metadata.sequence})\`);
  }
}
`);
    tree.create(`${dir}/on-${e.kebab}.handler.spec.ts`, `import { EVENTS_HANDLER_METADATA } from '@nestjs/cqrs/dist/decorators/constants';
import { ${className} } from '../../../${from.kebab}/contracts/${e.kebab}.event';
import { ${handler} } from './on-${e.kebab}.handler';

describe('${handler}', () => {
  it('subscribes to ${from.kebab}.${e.kebab}', () => {
    expect(Reflect.getMetadata(EVENTS_HANDLER_METADATA, ${handler})).toEqual([${className}]);
  });
});
`);
    if (tree.exists(`${subscriber.root}/application/.gitkeep`)) tree.delete(`${subscriber.root}/application/.gitkeep`);
    wireIntoModule(tree, subscriber, { imports: [[handler, `./application/on-${e.kebab}/on-${e.kebab}.handler`]], providers: [handler] });
    return tree;
  };
}
