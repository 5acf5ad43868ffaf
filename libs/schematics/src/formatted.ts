import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rule, SchematicContext, Tree } from '@angular-devkit/schematics';
import * as estree from 'prettier/plugins/estree';
import * as typescript from 'prettier/plugins/typescript';
import { format } from 'prettier/standalone';
import type { Options } from 'prettier';

/**
 * Runs `rule`, then writes every TypeScript file it created or changed in the project's Prettier style,
 * so generated code passes `npm run format:check` as hand-written code must. Prettier's standalone build:
 * its Node entry loads itself through a dynamic import, which Jest's module sandbox refuses.
 */
export function formatted(rule: (tree: Tree, context: SchematicContext) => Tree): Rule {
  return async (tree: Tree, context: SchematicContext) => {
    rule(tree, context);
    const options: Options = { ...projectStyle(), parser: 'typescript', plugins: [estree, typescript] };
    const touched = new Set(tree.actions.filter((action) => action.kind === 'c' || action.kind === 'o').map((action) => action.path));
    for (const path of [...touched].filter((file) => file.endsWith('.ts'))) {
      const source = tree.read(path)?.toString('utf8');
      if (source === undefined) continue;
      const pretty = await format(source, options);
      if (pretty !== source) tree.overwrite(path, pretty);
    }
    return tree;
  };
}

/** The project's `.prettierrc.json` (the generators run at its root), or Prettier's defaults without one. */
function projectStyle(): Options {
  const file = join(process.cwd(), '.prettierrc.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Options) : {};
}
