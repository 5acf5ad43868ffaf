import { SchematicsException, Tree } from '@angular-devkit/schematics';
import { dropPlaceholder } from './module-wiring';
import { ContextTarget } from './options';
import { addImport, appendLine, read } from './tree-edits';

/**
 * Declares `permission`, with what it allows, in the context's `contracts/permissions.ts`, once. The context's first
 * permission creates that file, exports it from `contracts/index.ts` and adds the list to Identity's catalog, the
 * union of every context's: from then on `admin` holds it, and roles can be given it.
 */
export function declarePermission(tree: Tree, target: ContextTarget, permission: string, allows: string): void {
  const file = `${target.root}/contracts/permissions.ts`;
  const list = `${target.context.constant}_PERMISSIONS`;
  const entry = `  '${permission}': '${allows.replace(/'/g, "\\'")}',\n`;
  if (!tree.exists(file)) {
    tree.create(file, permissionsFile(target, list, entry));
    appendLine(tree, `${target.root}/contracts/index.ts`, "export * from './permissions';");
    dropPlaceholder(tree, `${target.root}/contracts`);
    collectInCatalog(tree, target, list);
    return;
  }
  const content = read(tree, file, `the permissions ${target.context.kebab} checks`);
  if (content.includes(`'${permission}':`)) return;
  const end = content.lastIndexOf('\n}');
  if (end < 0) throw new SchematicsException(`${file}: cannot find the end of ${list} to add ${permission} to`);
  tree.overwrite(file, `${content.slice(0, end + 1)}${entry}${content.slice(end + 1)}`);
}

/** Identity's catalog imports the context's list and takes it into the union. */
function collectInCatalog(tree: Tree, target: ContextTarget, list: string): void {
  const contexts = target.root.slice(0, target.root.lastIndexOf('/'));
  const catalogPath = `${contexts}/identity/domain/role/permission-catalog.ts`;
  let catalog = read(tree, catalogPath, `Identity's permission catalog, which collects every context's permissions`);
  const union = /= permissionCatalog\(([^)]*)\)/.exec(catalog);
  if (!union) throw new SchematicsException(`${catalogPath}: cannot find PERMISSIONS = permissionCatalog(...) to add ${list} to`);
  if (new RegExp(`\\b${list}\\b`).test(union[1])) return;
  catalog = catalog.replace(union[0], `= permissionCatalog(${union[1].replace(/,?\s*$/, '')}, ${list})`);
  tree.overwrite(catalogPath, addImport(catalog, list, `../../../${target.context.kebab}/contracts/permissions`));
}

const permissionsFile = (target: ContextTarget, list: string, entry: string) => `/**
 * The permissions ${target.context.pascal} checks, each with what it allows (administrators read it in GET /identity/permissions).
 * Identity's catalog collects every context's: \`admin\` holds them all; grant them to other roles in SYSTEM_ROLES
 * (src/contexts/identity/domain/role/system-roles.ts) or to custom roles through PATCH /identity/roles/{name}.
 */
export const ${list} = {
${entry}} as const satisfies Record<string, string>;
`;
