import { SchematicsException, Tree } from '@angular-devkit/schematics';
import * as ts from 'typescript';
import { Names } from './names';
import { ContextTarget } from './options';
import { addImport, read } from './tree-edits';

/**
 * A context module lists its providers in named arrays spread into `@Module({ providers })`: one per aggregate
 * (`invoiceProviders`: its repository binding, its command and query handlers), then the context-wide ones
 * (`reactions`: event handlers, `publications`: what other contexts receive of its events, `sagas`: the handlers of
 * the processes it runs across contexts).
 */
export type ProviderArray = { aggregate: Names } | 'reactions' | 'publications' | 'sagas';

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
  return insertIntoArray(content, array, symbol, array.elements.length);
}

/** Adds `entry` to the module's named provider array, declaring the array and spreading it into `providers` when it is new. */
export function listProvider(content: string, into: ProviderArray, entry: string): string {
  const name = arrayName(into);
  const module = namedArray(parse(content), name) ? content : declareProviderArray(content, name);
  const array = namedArray(parse(module), name)!;
  return insertIntoArray(module, array, entry, array.elements.length);
}

/** `const <name> = [];` among the module's arrays, aggregates' first, and `...<name>` at the same rank in `providers`. */
function declareProviderArray(content: string, name: string): string {
  const statements = parse(content).statements;
  const moduleClass = statements.findIndex(
    (statement) => ts.isClassDeclaration(statement) && ts.getDecorators(statement)?.some(isModuleDecorator),
  );
  if (moduleClass < 0) throw new SchematicsException(`no @Module decorator found to declare ${name} in`);
  const before = statements.slice(0, moduleClass);
  const after = isAggregateArray(name)
    ? (before.findLast((statement) => isAggregateArray(declaredArray(statement) ?? '')) ?? before.findLast(ts.isImportDeclaration))
    : before[before.length - 1];
  const at = after?.getEnd() ?? 0;
  const declared = `${content.slice(0, at)}\n\nconst ${name} = [];${content.slice(at)}`;

  const providers = moduleArray(parse(declared), 'providers', `...${name}`);
  const lastAggregate = providers.elements.findLastIndex(
    (element) => ts.isSpreadElement(element) && isAggregateArray(element.expression.getText()),
  );
  return insertIntoArray(declared, providers, `...${name}`, isAggregateArray(name) ? lastAggregate + 1 : providers.elements.length);
}

/** Edits the context module: its imports, its TypeORM models, then its providers and controllers. */
export function wireIntoModule(tree: Tree, target: ContextTarget, wiring: Wiring): void {
  let module = read(tree, target.moduleFile, `run \`nest g context ${target.context.kebab}\` first`);
  for (const [symbol, from] of wiring.imports) module = addImport(module, symbol, from);
  for (const model of wiring.models ?? []) {
    const forFeature = forFeatureArray(parse(module));
    if (!forFeature) throw new SchematicsException(`${target.moduleFile} has no TypeOrmModule.forFeature([...]) to register ${model} in`);
    module = insertIntoArray(module, forFeature, model, forFeature.elements.length);
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
      const property =
        options && ts.isObjectLiteralExpression(options) ? options.properties.find((p) => p.name?.getText() === metadata) : undefined;
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
  return declaration && declaration.initializer && ts.isArrayLiteralExpression(declaration.initializer)
    ? declaration.name.getText()
    : undefined;
}

function namedArray(source: ts.SourceFile, name: string): ts.ArrayLiteralExpression | undefined {
  const statement = source.statements.find((candidate) => declaredArray(candidate) === name) as ts.VariableStatement | undefined;
  return statement?.declarationList.declarations[0].initializer as ts.ArrayLiteralExpression | undefined;
}

function forFeatureArray(source: ts.SourceFile): ts.ArrayLiteralExpression | undefined {
  let found: ts.ArrayLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.getText() === 'TypeOrmModule.forFeature' &&
      node.arguments[0] &&
      ts.isArrayLiteralExpression(node.arguments[0])
    ) {
      found = node.arguments[0];
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The formatter's line width (.prettierrc.json): an array that fits on its line stays there, as the formatter would leave it. */
const PRINT_WIDTH = 140;

/**
 * Inserts `entry` as the array's element number `position`. A one-line array stays on its line while that fits in
 * PRINT_WIDTH columns, else it is laid out one entry per line with trailing commas; a multi-line array gets a line of
 * its own for the entry, and comments between entries stay where they are.
 */
function insertIntoArray(content: string, array: ts.ArrayLiteralExpression, entry: string, position: number): string {
  const open = array.getStart() + 1;
  const close = array.getEnd() - 1;
  const lineStart = content.lastIndexOf('\n', open) + 1;
  const lineIndent = (at: number) => /^[ \t]*/.exec(content.slice(content.lastIndexOf('\n', at - 1) + 1))![0];
  const replaceInside = (inside: string) => `${content.slice(0, open)}${inside}${content.slice(close)}`;

  if (!content.slice(open, close).includes('\n')) {
    const elements = array.elements.map((element) => element.getText());
    const entries = [...elements.slice(0, position), entry, ...elements.slice(position)];
    const inline = replaceInside(entries.join(', '));
    const lineEnd = inline.indexOf('\n', lineStart);
    if ((lineEnd < 0 ? inline.length : lineEnd) - lineStart <= PRINT_WIDTH) return inline;
    const indent = lineIndent(open);
    return replaceInside(`\n${entries.map((item) => `${indent}  ${item},\n`).join('')}${indent}`);
  }
  if (array.elements.length === 0) {
    const indent = lineIndent(close);
    return replaceInside(`\n${indent}  ${entry},\n${indent}`);
  }
  const indent = lineIndent(array.elements[0].getStart());
  if (position === 0) return `${content.slice(0, open)}\n${indent}${entry},${content.slice(open)}`;
  const previous = array.elements[position - 1];
  const comma = /^\s*,/.exec(content.slice(previous.getEnd()));
  const at = previous.getEnd() + (comma ? comma[0].length : 0);
  return `${content.slice(0, at)}${comma ? '' : ','}\n${indent}${entry},${content.slice(at)}`;
}
