import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every business error a route can raise is in its @ApiProblems list. Read from the source with the
 * type checker: from each route method, follow the commands and queries it creates to their handlers,
 * and every call those make into the contexts' domain/ and application/ code (a port's method to each
 * of its implementations there), collecting the DomainError classes constructed on the way. Adapters
 * (infrastructure/), the kernel and the libraries are not followed: a repository's save that can raise
 * a uniqueness error for any change would list it on every route, which is noise, not documentation.
 */
const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src') + '/';
const HTTP_METHODS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);

type FunctionLike = ts.FunctionLikeDeclaration;

function loadProgram(): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )!;
  const sources = config.fileNames.filter((file) => file.startsWith(SRC) && !file.endsWith('.spec.ts'));
  return ts.createProgram(sources, config.options);
}

const isOwnCode = (node: ts.Node) => {
  const file = node.getSourceFile().fileName;
  return file.startsWith(SRC) && !file.endsWith('.spec.ts') && !file.includes('/testing/');
};
const isUseCaseOrDomain = (node: ts.Node) =>
  isOwnCode(node) && /\/contexts\/[^/]+\/(domain|application)\//.test(node.getSourceFile().fileName);

const decoratorsOf = (node: ts.Node) => (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []);
const decoratorCall = (decorator: ts.Decorator) =>
  ts.isCallExpression(decorator.expression) && ts.isIdentifier(decorator.expression.expression) ? decorator.expression : undefined;

class RouteErrors {
  private readonly checker: ts.TypeChecker;
  /** Command or query class → its handler's execute. */
  private readonly handlers = new Map<ts.ClassDeclaration, FunctionLike>();
  /** Interface or abstract class → the classes in src/ that implement or extend it. */
  private readonly implementations = new Map<ts.Declaration, ts.ClassDeclaration[]>();
  readonly controllers: ts.ClassDeclaration[] = [];

  constructor(program: ts.Program) {
    this.checker = program.getTypeChecker();
    for (const file of program.getSourceFiles()) if (file.fileName.startsWith(SRC)) ts.forEachChild(file, (node) => this.index(node));
  }

  private index(node: ts.Node): void {
    if (!ts.isClassDeclaration(node) || !isOwnCode(node)) return;
    for (const decorator of decoratorsOf(node)) {
      const call = decoratorCall(decorator);
      const name = call && (call.expression as ts.Identifier).text;
      if (name === 'Controller') this.controllers.push(node);
      if ((name === 'CommandHandler' || name === 'QueryHandler') && call!.arguments[0]) {
        const message = this.classOf(call!.arguments[0]);
        const execute = node.members.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && m.name.getText() === 'execute');
        if (message && execute) this.handlers.set(message, execute);
      }
    }
    for (const clause of node.heritageClauses ?? []) {
      for (const type of clause.types) {
        const base = this.declarationOf(type.expression);
        if (base) this.implementations.set(base, [...(this.implementations.get(base) ?? []), node]);
      }
    }
  }

  private declarationOf(expression: ts.Expression): ts.Declaration | undefined {
    let symbol = this.checker.getSymbolAtLocation(expression);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    return symbol?.declarations?.[0];
  }

  private classOf(expression: ts.Expression): ts.ClassDeclaration | undefined {
    const declaration = this.declarationOf(expression);
    return declaration && ts.isClassDeclaration(declaration) ? declaration : undefined;
  }

  private isDomainError(declaration: ts.ClassDeclaration): boolean {
    const type = this.checker.getTypeAtLocation(declaration);
    const bases = (t: ts.Type): ts.Type[] => (t.isClassOrInterface() ? (this.checker.getBaseTypes(t) ?? []) : []);
    for (let level = bases(type); level.length; level = level.flatMap(bases)) {
      if (level.some((base) => base.getSymbol()?.getName() === 'DomainError')) return true;
    }
    return false;
  }

  /** The error classes documented by the route's @ApiProblems (spread constants followed). */
  documented(route: ts.MethodDeclaration): Set<ts.ClassDeclaration> {
    const found = new Set<ts.ClassDeclaration>();
    const add = (expression: ts.Expression): void => {
      if (ts.isSpreadElement(expression)) return add(expression.expression);
      const declaration = this.declarationOf(expression);
      if (declaration && ts.isClassDeclaration(declaration)) found.add(declaration);
      else if (
        declaration &&
        ts.isVariableDeclaration(declaration) &&
        declaration.initializer &&
        ts.isArrayLiteralExpression(declaration.initializer)
      ) {
        declaration.initializer.elements.forEach(add);
      }
    };
    for (const decorator of decoratorsOf(route)) {
      const call = decoratorCall(decorator);
      if (call && (call.expression as ts.Identifier).text === 'ApiProblems') call.arguments.forEach(add);
    }
    return found;
  }

  /** The error classes the route can raise: constructed in it or in anything it reaches in src/. */
  raised(route: ts.MethodDeclaration): Set<ts.ClassDeclaration> {
    const found = new Set<ts.ClassDeclaration>();
    const visited = new Set<ts.Node>();
    const walk = (fn: ts.Node | undefined): void => {
      if (!fn || visited.has(fn) || !(fn === route || isUseCaseOrDomain(fn))) return;
      visited.add(fn);
      const visit = (node: ts.Node): void => {
        if (ts.isNewExpression(node)) {
          const created = this.classOf(node.expression);
          if (created && this.isDomainError(created)) found.add(created);
          else if (created) {
            walk(this.handlers.get(created));
            walk(created.members.find(ts.isConstructorDeclaration));
          }
        }
        if (ts.isCallExpression(node)) this.callees(node).forEach(walk);
        ts.forEachChild(node, visit);
      };
      visit(fn);
    };
    walk(route);
    return found;
  }

  /** What a call may run: the declaration called, or each adapter's method when it is a port's. */
  private callees(call: ts.CallExpression): ts.Node[] {
    const declaration = this.checker.getResolvedSignature(call)?.declaration;
    if (!declaration || ts.isJSDocSignature(declaration)) return [];
    if ('body' in declaration && declaration.body) return [declaration];
    const owner = declaration.parent;
    const name = declaration.name?.getText();
    if (!name || !(ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner))) return [];
    return (this.implementations.get(owner) ?? []).flatMap((adapter) =>
      adapter.members.filter((member) => ts.isMethodDeclaration(member) && member.name.getText() === name && member.body),
    );
  }
}

describe('the errors each route documents', () => {
  it('include every business error its handlers can raise', () => {
    const routes = new RouteErrors(loadProgram());
    const undocumented: string[] = [];
    let checked = 0;
    for (const controller of routes.controllers) {
      for (const member of controller.members) {
        if (
          !ts.isMethodDeclaration(member) ||
          !decoratorsOf(member).some((d) => HTTP_METHODS.has(decoratorCall(d)?.expression.getText() ?? ''))
        )
          continue;
        checked++;
        const documented = routes.documented(member);
        for (const error of routes.raised(member)) {
          if (!documented.has(error))
            undocumented.push(
              `${controller.name!.text}.${member.name.getText()}: ${error.name!.text} (${relative(ROOT, error.getSourceFile().fileName)})`,
            );
        }
      }
    }
    expect(checked).toBeGreaterThan(80);
    expect(undocumented).toEqual([]);
  });
});
