import { Rule, Tree } from '@angular-devkit/schematics';
import { dropPlaceholder } from './module-wiring';
import { Names, names } from './names';
import { contextTarget, SchematicOptions } from './options';
import { refuseExisting } from './tree-edits';

/** `nest g value-object invoice-number billing`: an immutable value with a smart constructor and its tests. */
export function valueObject(options: SchematicOptions): Rule {
  return (tree: Tree) => {
    const target = contextTarget(tree, options, 'nest g value-object <name> <context>');
    const v = names(options.name, 'value object');
    const file = `${target.root}/domain/${v.kebab}.ts`;
    refuseExisting(tree, [file], `value object ${v.kebab} in ${target.context.kebab}`);
    tree.create(file, valueObjectFile(v));
    tree.create(`${target.root}/domain/${v.kebab}.spec.ts`, valueObjectSpec(v));
    dropPlaceholder(tree, `${target.root}/domain`);
    return tree;
  };
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
