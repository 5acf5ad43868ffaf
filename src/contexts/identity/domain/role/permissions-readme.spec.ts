import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERMISSIONS } from './permission-catalog';
import { systemRolesGranting } from './permission-coverage';
import { SYSTEM_ROLES, SystemRoleName } from './system-roles';

const PERMISSIONS_DOC = join(__dirname, '../../../../../docs/authentication.md');
const START = '<!-- permissions:start -->\n';
const END = '<!-- permissions:end -->';

/** The permission table and role list of docs/authentication.md, rendered from the catalog and the system roles. */
function permissionsMarkdown(): string {
  const roles = Object.keys(SYSTEM_ROLES) as SystemRoleName[];
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = Object.entries(PERMISSIONS).map(([permission, allows]) => {
    const holders = systemRolesGranting(permission);
    return `| \`${permission}\` | ${cell(allows)} | ${roles.map((role) => (holders.includes(role) ? '✓' : '')).join(' | ')} |`;
  });
  return [
    `| permission | allows | ${roles.join(' | ')} |`,
    `|---|---|${roles.map(() => ':-:').join('|')}|`,
    ...rows,
    '',
    'System roles are defined in code (`src/contexts/identity/domain/role/system-roles.ts`): they cannot be changed or',
    'deleted, and no custom role may take their names.',
    '',
    ...roles.map((role) => `- \`${role}\`: ${SYSTEM_ROLES[role].description} (${reach(SYSTEM_ROLES[role].permissions)}).`),
    '',
  ].join('\n');
}

function reach(permissions: readonly string[]): string {
  if (permissions.includes('*:*')) return '`*:*`';
  return `${permissions.length} permissions`;
}

describe('the documented permissions (docs/authentication.md)', () => {
  it('lists every permission and the system roles that have it, as the catalog says (UPDATE_DOCS=1 rewrites it)', () => {
    const readme = readFileSync(PERMISSIONS_DOC, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const expected = permissionsMarkdown();
    if (process.env.UPDATE_DOCS === '1')
      writeFileSync(PERMISSIONS_DOC, readme.slice(0, start + START.length) + expected + readme.slice(end));
    else expect(readme.slice(start + START.length, end)).toBe(expected);
  });

  it('gives every catalog permission a row', () => {
    const rows = permissionsMarkdown()
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(Object.keys(PERMISSIONS).length);
    expect(rows.find((row) => row.startsWith('| `events:manage`'))).toBe(
      `| \`events:manage\` | ${PERMISSIONS['events:manage']} | ✓ | ✓ |  |  |  |  |  |`,
    );
  });
});
