import { SchematicsException, Tree } from '@angular-devkit/schematics';
import { Names, names } from './names';
import { ContextTarget } from './options';

/** The context's aggregates (each `domain/<aggregate>/<aggregate>.aggregate.ts`), longest name first, so `invoice-line` wins over `invoice`. */
export function aggregatesOf(tree: Tree, target: ContextTarget): string[] {
  const domain = `${target.root}/domain`;
  return tree
    .getDir(domain)
    .subdirs.filter((folder) => tree.exists(`${domain}/${folder}/${folder}.aggregate.ts`))
    .map(String)
    .sort((a, b) => b.length - a.length);
}

/** Methods every aggregate already has (AggregateRoot's) and verbs that name reads, not changes. */
const NOT_A_CHANGE = new Set([
  'apply',
  'publish',
  'publish-all',
  'commit',
  'uncommit',
  'restore',
  'get',
  'list',
  'find',
  'load',
  'mark-persisted',
  'pull-events',
]);

/** Splits `<verb>-<aggregate>` against the aggregates the context has: `issue-invoice` → issue + invoice. */
export function verbAndAggregate(tree: Tree, target: ContextTarget, name: string, what: string): { verb: Names; aggregate: Names } {
  const aggregates = aggregatesOf(tree, target);
  const found = aggregates.find((aggregate) => name.endsWith(`-${aggregate}`));
  if (!found) {
    throw new SchematicsException(
      `${what} "${name}" must be <verb>-<aggregate> with an aggregate of ${target.context.kebab} (${aggregates.join(', ') || 'none yet: nest g aggregate <name> ' + target.context.kebab})`,
    );
  }
  return { verb: names(name.slice(0, -found.length - 1), 'verb', 'member'), aggregate: names(found, 'aggregate') };
}

/** Refuses verbs that would shadow the aggregate's own machinery or that are reads. */
export function assertChangeVerb(verb: Names): void {
  if (NOT_A_CHANGE.has(verb.kebab)) {
    throw new SchematicsException(
      `"${verb.kebab}" does not name a change of state${verb.kebab === 'get' ? ' (for reads: nest g query get-<aggregate>)' : ' or is an AggregateRoot method'}; choose another verb`,
    );
  }
}

const IRREGULAR: Record<string, string> = {
  pay: 'paid',
  prepay: 'prepaid',
  repay: 'repaid',
  buy: 'bought',
  sell: 'sold',
  hold: 'held',
  send: 'sent',
  resend: 'resent',
  set: 'set',
  reset: 'reset',
  put: 'put',
  split: 'split',
  quit: 'quit',
  lay: 'laid',
  withdraw: 'withdrawn',
  feel: 'felt',
  bring: 'brought',
  make: 'made',
  write: 'written',
  rewrite: 'rewritten',
  take: 'taken',
  give: 'given',
  forgive: 'forgiven',
  begin: 'begun',
  choose: 'chosen',
  freeze: 'frozen',
  unfreeze: 'unfrozen',
  lose: 'lost',
  win: 'won',
  keep: 'kept',
  leave: 'left',
  build: 'built',
  rebuild: 'rebuilt',
  spend: 'spent',
  lend: 'lent',
  bind: 'bound',
  find: 'found',
  draw: 'drawn',
  show: 'shown',
};
/** Verbs of more than one syllable, stressed on the last, that double their final consonant. */
const DOUBLES = new Set([
  'submit',
  'resubmit',
  'commit',
  'transfer',
  'refer',
  'prefer',
  'admit',
  'omit',
  'permit',
  'control',
  'patrol',
  'cancel',
  'label',
  'total',
  'travel',
  'model',
  'signal',
  'equip',
  'occur',
  'defer',
  'regret',
  'unpin',
  'unplug',
  'unship',
  'rebut',
  'acquit',
  'compel',
  'dispel',
  'expel',
  'propel',
  'rebel',
  'repel',
]);

/** issue → issued, ship → shipped, submit → submitted, pay → paid, create → created; of a multi-word verb, the first word. */
export function pastTense(verb: string): string {
  const [first, ...rest] = verb.split('-');
  const vowelGroups = first.match(/[aeiouy]+/g)?.length ?? 0;
  const past =
    IRREGULAR[first] ??
    (first.endsWith('e')
      ? `${first}d`
      : /[^aeiou]y$/.test(first)
        ? `${first.slice(0, -1)}ied`
        : DOUBLES.has(first) || (vowelGroups === 1 && /[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(first))
          ? `${first}${first.slice(-1)}ed`
          : `${first}ed`);
  return [past, ...rest].join('-');
}
