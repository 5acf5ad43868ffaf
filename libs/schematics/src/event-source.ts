import { SchematicsException, Tree } from '@angular-devkit/schematics';
import { Names } from './names';
import { ContextTarget } from './options';
import { read } from './tree-edits';

/** An event a generated reaction or saga subscribes to, as a file in `application/<folder>/` imports it. */
export interface SubscribedEvent {
  eventClass: string;
  importPath: string;
  /** Whether it is the subscriber's own internal event rather than another context's contract. */
  own: boolean;
  /** The payload field its constructor keys the event by (`super(payload.orderId, …)`), when it reads so. */
  keyField: string | undefined;
}

/**
 * `<from>.<event>` as `subscriber` may name it: another context's published contract (the one thing of another
 * context it may import), or one of its own internal events, for a reaction that must run later or apart from the
 * change that raised it (a scheduled event's due time, a step after the commit).
 */
export function subscribedEvent(tree: Tree, sourceRoot: string, subscriber: ContextTarget, from: Names, event: Names): SubscribedEvent {
  return from.kebab === subscriber.context.kebab ? ownEvent(tree, subscriber, event) : contractOf(tree, sourceRoot, from, event);
}

function contractOf(tree: Tree, sourceRoot: string, context: Names, event: Names): SubscribedEvent {
  const path = `${sourceRoot}/contexts/${context.kebab}/contracts/${event.kebab}.contract.ts`;
  const source = read(tree, path, `${context.kebab} publishes no ${event.kebab} (nest g published-event ${event.kebab} ${context.kebab})`);
  return {
    eventClass: declaredEvent(path, source),
    importPath: `../../../${context.kebab}/contracts`,
    own: false,
    keyField: keyField(source),
  };
}

/** A published one is refused: its contract is what goes out, and nothing delivers the domain event. */
function ownEvent(tree: Tree, subscriber: ContextTarget, event: Names): SubscribedEvent {
  const context = subscriber.context.kebab;
  if (tree.exists(`${subscriber.root}/contracts/${event.kebab}.contract.ts`))
    throw new SchematicsException(
      `${context}.${event.kebab} is published: ${context} reacts to its own events inside its aggregates and commands, or to an internal event (nest g event)`,
    );
  const path = `${subscriber.root}/domain/events/${event.kebab}.event.ts`;
  const source = read(tree, path, `${context} has no internal event ${event.kebab} (nest g event ${event.kebab} ${context})`);
  return {
    eventClass: declaredEvent(path, source),
    importPath: `../../domain/events/${event.kebab}.event`,
    own: true,
    keyField: keyField(source),
  };
}

function declaredEvent(path: string, source: string): string {
  const eventClass = /export class (\w+) extends DomainEvent/.exec(source)?.[1];
  if (!eventClass) throw new SchematicsException(`${path} declares no DomainEvent class`);
  return eventClass;
}

const keyField = (source: string) => /super\(\s*payload\.(\w+)\s*,/.exec(source)?.[1];
