import { SchematicsException, Tree } from '@angular-devkit/schematics';
import * as ts from 'typescript';
import { Names } from './names';
import { ContextTarget } from './options';
import { addImport, read } from './tree-edits';

/**
 * A context module lists its providers in named arrays spread into `@Module({ providers })`: one per aggregate
 * (`invoiceProviders`: its repository binding, its command and query handlers), then the context-wide ones
 * (`reactions`: event handlers, `publications`: what other contexts receive of its events).
 */
export type ProviderArray = { aggregate: Names } | 'reactions' | 'publications';

export interface Wiring {
  /** `[symbol, path relative to the module file]` */
  imports: Array<[string, string]>;
  models?: string[];
  providers?: { into: ProviderArray; entries: string[] };
  controllers?: string[];
}

const arrayName = (array: ProviderArray) => (typeof array === 'string' ? array : `${array.aggregate.camel}Providers`);
/** Aggregates' arrays come first, in the module's statements and in its providers, so the module reads aggregate by aggregate. */
const isAggregateArray = (name: string) => name.endsWith('Providers');

/** Adds `symbol` to a `@Module({ <metadata>: [...] })` array, through the syntax tree, so any formatting of the module is understood. */
export function declareInModule(content: string, metadata: 'imports' | 'providers' | 'controllers', symbol: string): string {
  const array = moduleArray(parse(content), metadata, symbol);
  return insertIntoArray(content, array, symbol, array.elements.length, 'lines');
}

/** Adds `entry` to the module's named provider array, declaring the array and spreading it into `providers` when it is new. */
export function listProvider(content: string, into: ProviderArray, entry: string): string {
  const name = arrayName(into);
  const existing = namedArray(parse(content), name);
  if (existing) return insertIntoArray(content, existing, entry, existing.elements.length, 'lines');

  const source = parse(content);
  const statements = source.statements;
  const moduleClass = statements.findIndex((statement) => ts.isClassDeclaration(statement) && ts.getDecorators(statement)?.some(isModuleDecorator));
  if (moduleClass < 0) throw new SchematicsException(`no @Module decorator found to list ${entry} in`);
  // A new aggregate's array goes after the other aggregates' (else right after the imports); any other just before the module.
  const after = isAggregateArray(name)
    ? (statements.slice(0, moduleClass).findLast((statement) => declaredArray(statement) !== undefined && isAggregateArray(declaredArray(statement)!)) ??
      statements.slice(0, moduleClass).findLast(ts.isImportDeclaration))
    : statements[moduleClass - 1];
  const at = after?.getEnd() ?? 0;
  const declared = `${content.slice(0, at)}\n\nconst ${name} = [${entry}];${content.slice(at)}`;

  const providers = moduleArray(parse(declared), 'providers', entry);
  const spreads = providers.elements.filter((element) => ts.isSpreadElement(element) && isAggregateArray(element.expression.getText()));
  const position = isAggregateArray(name) ? (spreads.length ? providers.elements.indexOf(spreads[spreads.length - 1]) + 1 : 0) : providers.elements.length;
  return insertIntoArray(declared, providers, `...${name}`, position, 'lines');
}

/** Edits the context module: its imports, its TypeORM models, then its providers and controllers. */
export function wireIntoModule(tree: Tree, target: ContextTarget, wiring: Wiring): void {
  let module = read(tree, target.moduleFile, `run \`nest g context ${target.context.kebab}\` first`);
  for (const [symbol, from] of wiring.imports) module = addImport(module, symbol, from);
  for (const model of wiring.models ?? []) {
    const forFeature = forFeatureArray(parse(module));
    if (!forFeature) throw new SchematicsException(`${target.moduleFile} has no TypeOrmModule.forFeature([...]) to register ${model} in`);
    module = insertIntoArray(module, forFeature, model, forFeature.elements.length, 'inline');
  }
  if (wiring.providers) for (const provider of wiring.providers.entries) module = listProvider(module, wiring.providers.into, provider);
  for (const controller of wiring.controllers ?? []) module = declareInModule(module, 'controllers', controller);
  tree.overwrite(target.moduleFile, module);
}

/** A folder that now has a file no longer needs its placeholder. */
export function dropPlaceholder(tree: Tree, folder: string): void {
  if (tree.exists(`${folder}/.gitkeep`)) tree.delete(`${folder}/.gitkeep`);
}

const parse = (content: string) => ts.createSourceFile('module.ts', content, ts.ScriptTarget.Latest, true);

function isModuleDecorator(decorator: ts.Decorator): boolean {
  const call = decorator.expression;
  return ts.isCallExpression(call) && call.expression.getText() === 'Module';
}

/** The `<metadata>: [...]` array of the file's `@Module({...})`. */
function moduleArray(source: ts.SourceFile, metadata: string, adding: string): ts.ArrayLiteralExpression {
  let found: ts.ArrayLiteralExpression | undefined;
  let decorated = false;
  const visit = (node: ts.Node): void => {
    if (ts.isDecorator(node) && isModuleDecorator(node)) {
      decorated = true;
      const [options] = (node.expression as ts.CallExpression).arguments;
      const property = options && ts.isObjectLiteralExpression(options) ? options.properties.find((p) => p.name?.getText() === metadata) : undefined;
      if (property && ts.isPropertyAssignment(property) && ts.isArrayLiteralExpression(property.initializer)) found = property.initializer;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!decorated) throw new SchematicsException(`no @Module decorator found to add ${adding} to its ${metadata}`);
  if (!found) throw new SchematicsException(`the @Module has no ${metadata}: [...] to add ${adding} to`);
  return found;
}

/** The name of a top-level `const <name> = [...]`, if the statement is one. */
function declaredArray(statement: ts.Statement): string | undefined {
  if (!ts.isVariableStatement(statement)) return undefined;
  const [declaration] = statement.declarationList.declarations;
  return declaration && declaration.initializer && ts.isArrayLiteralExpression(declaration.initializer) ? declaration.name.getText() : undefined;
}

function namedArray(source: ts.SourceFile, name: string): ts.ArrayLiteralExpression | undefined {
  const statement = source.statements.find((candidate) => declaredArray(candidate) === name) as ts.VariableStatement | undefined;
  return statement?.declarationList.declarations[0].initializer as ts.ArrayLiteralExpression | undefined;
}

function forFeatureArray(source: ts.SourceFile): ts.ArrayLiteralExpression | undefined {
  let found: ts.ArrayLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText() === 'TypeOrmModule.forFeature' && node.arguments[0] && ts.isArrayLiteralExpression(node.arguments[0])) {
      found = node.arguments[0];
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Inserts `entry` as the array's element number `position`. A multi-line array gets a line of its own (comments
 * between entries stay where they are); a one-line array stays on its line (`inline`) or, from two entries, is laid
 * out one entry per line with trailing commas (`lines`), as modules are written by hand.
 */
function insertIntoArray(content: string, array: ts.ArrayLiteralExpression, entry: string, position: number, layout: 'inline' | 'lines'): string {
  const open = array.getStart() + 1;
  const close = array.getEnd() - 1;
  const elements = array.elements.map((element) => element.getText());
  const lineIndent = (at: number) => /^[ \t]*/.exec(content.slice(content.lastIndexOf('\n', at - 1) + 1))![0];
  const replaceInside = (inside: string) => `${content.slice(0, open)}${inside}${content.slice(close)}`;

  if (!content.slice(open, close).includes('\n')) {
    const entries = [...elements.slice(0, position), entry, ...elements.slice(position)];
    if (layout === 'inline' || entries.length < 2) return replaceInside(entries.join(', '));
    const indent = lineIndent(array.getStart());
    return replaceInside(`\n${entries.map((item) => `${indent}  ${item},\n`).join('')}${indent}`);
  }
  if (elements.length === 0) {
    const indent = lineIndent(close);
    return replaceInside(`\n${indent}  ${entry},\n${indent}`);
  }
  const indent = lineIndent(array.elements[0].getStart());
  if (position === 0) return `${content.slice(0, open)}\n${indent}${entry},${content.slice(open)}`;
  const previous = array.elements[position - 1];
  const comma = content.slice(previous.getEnd()).match(/^\s*,/);
  const at = previous.getEnd() + (comma ? comma[0].length : 0);
  return `${content.slice(0, at)}${comma ? '' : ','}\n${indent}${entry},${content.slice(at)}`;
}
