import { Tree } from '@angular-devkit/schematics';
import { ContextTarget } from './options';
import { addImport, addToArray, read } from './tree-edits';

export interface Wiring {
  /** `[symbol, path relative to the module file]` */
  imports: Array<[string, string]>;
  models?: string[];
  providers?: string[];
  controllers?: string[];
}

/** Edits the context module: its imports, then the entries of its forFeature, providers and controllers arrays. */
export function wireIntoModule(tree: Tree, target: ContextTarget, wiring: Wiring): void {
  let module = read(tree, target.moduleFile, `run \`nest g context ${target.context.kebab}\` first`);
  for (const [symbol, from] of wiring.imports) module = addImport(module, symbol, from);
  for (const model of wiring.models ?? []) module = addToArray(module, 'TypeOrmModule.forFeature([', model);
  for (const provider of wiring.providers ?? []) module = addToArray(module, 'providers: [', provider, true);
  for (const controller of wiring.controllers ?? []) module = addToArray(module, 'controllers: [', controller, true);
  tree.overwrite(target.moduleFile, module);
}

/** A folder that now has a file no longer needs its placeholder. */
export function dropPlaceholder(tree: Tree, folder: string): void {
  if (tree.exists(`${folder}/.gitkeep`)) tree.delete(`${folder}/.gitkeep`);
}
