import { SchematicsException, Tree } from '@angular-devkit/schematics';
import { MetadataManager } from '@nestjs/schematics';
import { ContextTarget } from './options';
import { addImport, addToArray, read } from './tree-edits';

export interface Wiring {
  /** `[symbol, path relative to the module file]` */
  imports: Array<[string, string]>;
  models?: string[];
  providers?: string[];
  controllers?: string[];
}

/**
 * Adds `symbol` to a `@Module({ <metadata>: [...] })` array, through the syntax tree as Nest's own module
 * schematic does (its MetadataManager), so any formatting of the module is understood.
 */
export function declareInModule(content: string, metadata: 'imports' | 'providers' | 'controllers', symbol: string): string {
  const updated = new MetadataManager(content).insert(metadata, symbol);
  if (updated === undefined) throw new SchematicsException(`no @Module decorator found to add ${symbol} to its ${metadata}`);
  return oneEntryPerLine(updated, `${metadata}: [`);
}

/** Lays out an array of two or more entries one per line, with trailing commas, as a module is written by hand. */
function oneEntryPerLine(content: string, anchor: string): string {
  const at = content.indexOf(anchor);
  const open = at + anchor.length;
  const entries: string[] = [];
  let depth = 0;
  let start = open;
  let close = open;
  for (; close < content.length; close++) {
    const char = content[close];
    if ('[({'.includes(char)) depth++;
    if (')}'.includes(char)) depth--;
    if (char === ']' && depth-- === 0) break;
    if (char === ',' && depth === 0) {
      entries.push(content.slice(start, close).trim());
      start = close + 1;
    }
  }
  entries.push(content.slice(start, close).trim());
  const items = entries.filter(Boolean);
  if (items.length < 2) return content;
  const indent = /(^|\n)([ \t]*)[^\n]*$/.exec(content.slice(0, at))?.[2] ?? '';
  return `${content.slice(0, open)}\n${items.map((item) => `${indent}  ${item},\n`).join('')}${indent}${content.slice(close)}`;
}

/** Edits the context module: its imports, its TypeORM models, then its providers and controllers. */
export function wireIntoModule(tree: Tree, target: ContextTarget, wiring: Wiring): void {
  let module = read(tree, target.moduleFile, `run \`nest g context ${target.context.kebab}\` first`);
  for (const [symbol, from] of wiring.imports) module = addImport(module, symbol, from);
  // forFeature([...]) is a call's argument, not module metadata: the one text edit, on the line the context schematic wrote.
  for (const model of wiring.models ?? []) module = addToArray(module, 'TypeOrmModule.forFeature([', model);
  for (const provider of wiring.providers ?? []) module = declareInModule(module, 'providers', provider);
  for (const controller of wiring.controllers ?? []) module = declareInModule(module, 'controllers', controller);
  tree.overwrite(target.moduleFile, module);
}

/** A folder that now has a file no longer needs its placeholder. */
export function dropPlaceholder(tree: Tree, folder: string): void {
  if (tree.exists(`${folder}/.gitkeep`)) tree.delete(`${folder}/.gitkeep`);
}
