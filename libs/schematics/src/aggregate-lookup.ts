import { SchematicsException, Tree } from '@angular-devkit/schematics';
import { Names, names } from './names';
import { ContextTarget } from './options';

/** Splits `<verb>-<aggregate>` against the aggregates the context has: `issue-invoice` → issue + invoice. */
export function verbAndAggregate(tree: Tree, target: ContextTarget, name: string, what: string): { verb: Names; aggregate: Names } {
  const aggregates = tree
    .getDir(`${target.root}/domain`)
    .subfiles.filter((file) => file.endsWith('.aggregate.ts'))
    .map((file) => file.replace(/\.aggregate\.ts$/, ''))
    .sort((a, b) => b.length - a.length);
  const found = aggregates.find((aggregate) => name.endsWith(`-${aggregate}`));
  if (!found) {
    throw new SchematicsException(
      `${what} "${name}" must be <verb>-<aggregate> with an aggregate of ${target.context.kebab} (${aggregates.join(', ') || 'none yet: nest g aggregate <name> ' + target.context.kebab})`,
    );
  }
  return { verb: names(name.slice(0, -found.length - 1), 'verb'), aggregate: names(found, 'aggregate') };
}

/** issue → issued, ship → shipped, cancel → cancelled, pay → paid, create → created; of a multi-word verb, the first word. */
export function pastTense(verb: string): string {
  const [first, ...rest] = verb.split('-');
  const irregular: Record<string, string> = { pay: 'paid', send: 'sent', set: 'set', put: 'put', split: 'split', lay: 'laid' };
  const past =
    irregular[first] ??
    (first.endsWith('e')
      ? `${first}d`
      : /[^aeiou]y$/.test(first)
        ? `${first.slice(0, -1)}ied`
        : /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(first) || /el$/.test(first)
          ? `${first}${first.slice(-1)}ed`
          : `${first}ed`);
  return [past, ...rest].join('-');
}
