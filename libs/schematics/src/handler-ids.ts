import { SchematicsException, Tree } from '@angular-devkit/schematics';
import { read } from './tree-edits';

/** The committed, sorted list of event handler ids (docs/events.md, "Handler ids"), one a line. */
const listOf = (sourceRoot: string) => `${sourceRoot}/event-handler-ids.txt`;

const idsIn = (tree: Tree, list: string) => read(tree, list, 'the committed list of event handler ids').split('\n').filter(Boolean);

/** Refuses, before anything is written, an id the list already holds: it keys another handler's inbox rows. */
export function refuseListedHandlerId(tree: Tree, sourceRoot: string, id: string): void {
  const list = listOf(sourceRoot);
  if (idsIn(tree, list).includes(id))
    throw new SchematicsException(`the event handler id ${id} already exists (${list}); nothing was written`);
}

/** Adds the id to the list, in order. */
export function listHandlerId(tree: Tree, sourceRoot: string, id: string): void {
  const list = listOf(sourceRoot);
  tree.overwrite(list, `${[...idsIn(tree, list), id].sort().join('\n')}\n`);
}
