import { Rule, SchematicsException, Tree } from '@angular-devkit/schematics';
import { aggregatesOf } from './aggregate-lookup';
import { dropPlaceholder } from './module-wiring';
import { Names, names } from './names';
import { ContextTarget, contextTarget, SchematicOptions } from './options';
import { refuseExisting } from './tree-edits';
import { formatted } from './formatted';

/**
 * `nest g value-object invoice-number billing`: an immutable value with a smart constructor and its tests, in the folder
 * of the aggregate it belongs to: the one named before a dot (`invoice.money`), else the one its name starts with
 * (`invoice-number` → domain/invoice/), else domain/ itself, for a value the whole context shares (`tax-rate`).
 */
export function valueObject(options: SchematicOptions): Rule {
  return formatted((tree: Tree) => {
    const target = contextTarget(tree, options, 'nest g value-object [<aggregate>.]<name> <context>');
    const [owner, name] = options.name.includes('.') ? options.name.split('.', 2) : [undefined, options.name];
    const v = names(name, 'value object');
    const folder = `${target.root}/domain${folderOf(tree, target, v, owner)}`;
    const file = `${folder}/${v.kebab}.ts`;
    refuseExisting(tree, [file], `value object ${v.kebab} in ${target.context.kebab}`);
    tree.create(file, valueObjectFile(v));
    tree.create(`${folder}/${v.kebab}.spec.ts`, valueObjectSpec(v));
    dropPlaceholder(tree, `${target.root}/domain`);
    return tree;
  });
}

/** `/<aggregate>` for a value of one aggregate, empty for one the context shares. */
function folderOf(tree: Tree, target: ContextTarget, v: Names, owner: string | undefined): string {
  const aggregates = aggregatesOf(tree, target);
  if (owner === undefined) {
    const prefix = aggregates.find((aggregate) => v.kebab.startsWith(`${aggregate}-`));
    return prefix ? `/${prefix}` : '';
  }
  if (!aggregates.includes(owner)) {
    throw new SchematicsException(
      `${target.context.kebab} has no aggregate "${owner}" to hold ${v.kebab} (${aggregates.join(', ') || 'none yet'})`,
    );
  }
  return `/${owner}`;
}

const valueObjectFile = (v: Names) => `import { domainError, ValueObject } from '@promenade/ddd';

export class Invalid${v.pascal} extends domainError('${v.constant}_INVALID', 'invalid') {
  constructor(value: string) {
    super(\`"\${value}" is not a valid ${v.kebab.replace(/-/g, ' ')}\`);
  }
}

/** ${v.pascal}: 1 to 100 characters once trimmed; compared by value. */
export class ${v.pascal} extends ValueObject<{ value: string }> {
  static of(value: string): ${v.pascal} {
    const trimmed = value.trim();
    if (trimmed.length === 0 || trimmed.length > 100) throw new Invalid${v.pascal}(value);
    return new ${v.pascal}({ value: trimmed });
  }

  get value(): string {
    return this.props.value;
  }

  override toString(): string {
    return this.props.value;
  }
}
`;

const valueObjectSpec = (v: Names) => `import { Invalid${v.pascal}, ${v.pascal} } from './${v.kebab}';

describe('${v.pascal}', () => {
  it('keeps a valid value, trimmed', () => {
    expect(${v.pascal}.of('  A-1  ').value).toBe('A-1');
  });

  it('is equal by value', () => {
    expect(${v.pascal}.of('A-1').equals(${v.pascal}.of('A-1'))).toBe(true);
    expect(${v.pascal}.of('A-1').equals(${v.pascal}.of('A-2'))).toBe(false);
  });

  it.each(['', '   ', 'x'.repeat(101)])('refuses %p', (value) => {
    expect(() => ${v.pascal}.of(value)).toThrow(Invalid${v.pascal});
  });
});
`;
