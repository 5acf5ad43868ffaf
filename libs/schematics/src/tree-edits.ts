import { SchematicsException, Tree } from '@angular-devkit/schematics';

/** Reads a file the schematic must edit, or explains what is missing. */
export function read(tree: Tree, path: string, hint: string): string {
  const content = tree.read(path);
  if (!content) throw new SchematicsException(`${path} not found: ${hint}`);
  return content.toString('utf8');
}

/** Refuses, before anything is written, when any target exists. */
export function refuseExisting(tree: Tree, paths: string[], what: string): void {
  const existing = paths.filter((path) => tree.exists(path));
  if (existing.length > 0) throw new SchematicsException(`${what} already exists (${existing.join(', ')}); nothing was written`);
}

/** Appends `line` to the file, creating it if need be. */
export function appendLine(tree: Tree, path: string, line: string): void {
  if (tree.exists(path)) tree.overwrite(path, `${tree.readText(path)}${line}\n`);
  else tree.create(path, `${line}\n`);
}

/** Adds `symbol` to the file's import from `from` (merging into an existing one), after the last import. */
export function addImport(content: string, symbol: string, from: string): string {
  const escaped = from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const existing = new RegExp(`import \\{([^}]*)\\} from '${escaped}';`).exec(content);
  if (existing) {
    const symbols = existing[1]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (symbols.includes(symbol)) return content;
    const merged = `import { ${[...symbols, symbol].sort((a, b) => a.localeCompare(b)).join(', ')} } from '${from}';`;
    return content.replace(existing[0], merged);
  }
  const line = `import { ${symbol} } from '${from}';\n`;
  const imports = [...content.matchAll(/^import [^;]+;\n/gm)];
  if (imports.length === 0) return line + content;
  const last = imports[imports.length - 1];
  const at = last.index! + last[0].length;
  return content.slice(0, at) + line + content.slice(at);
}

/** Inserts `member` (a method, indented two spaces) before the closing brace of the file's last class. */
export function addClassMember(content: string, member: string): string {
  const end = content.lastIndexOf('\n}');
  if (end < 0) throw new SchematicsException('cannot find the end of the class to add a member to');
  return `${content.slice(0, end)}\n\n${member.replace(/\n$/, '')}${content.slice(end)}`;
}
