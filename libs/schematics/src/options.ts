import { SchematicsException, Tree } from '@angular-devkit/schematics';
import { Names, names } from './names';

/** What the Nest CLI hands every schematic: `nest g <schematic> <name> [path]`. */
export interface SchematicOptions {
  name: string;
  path?: string;
  sourceRoot?: string;
}

export interface ContextTarget {
  context: Names;
  /** `src/contexts/<context>` */
  root: string;
  moduleFile: string;
}

/** The context a schematic writes into, named by the CLI's second argument; it must exist. */
export function contextTarget(tree: Tree, options: SchematicOptions, usage: string): ContextTarget {
  if (!options.path) throw new SchematicsException(`name the context: ${usage}`);
  const context = names(options.path.replace(/^\/+|\/+$/g, ''), 'context');
  const root = `${options.sourceRoot ?? 'src'}/contexts/${context.kebab}`;
  const moduleFile = `${root}/${context.kebab}.module.ts`;
  if (!tree.exists(moduleFile))
    throw new SchematicsException(`there is no context ${context.kebab} (${moduleFile}); create it with nest g context ${context.kebab}`);
  return { context, root, moduleFile };
}

/** A migration timestamp a little after every existing one, so migrations run in generation order. */
export function migrationTimestamp(existing: string[]): number {
  const latest = Math.max(0, ...existing.map((file) => Number(/^(\d{13})-/.exec(file)?.[1] ?? 0)));
  return Math.max(Date.now(), latest + 1);
}
