import { HostTree, Rule, SchematicContext, Tree } from '@angular-devkit/schematics';
import { aggregate } from './aggregate.factory';
import { command } from './command.factory';
import { context } from './context.factory';
import { query } from './query.factory';

/** Identity's catalog as the generators find it: the union the new context's list joins. */
const CATALOG = `import { CRM_PERMISSIONS } from '../../../crm/contracts/permissions';

export const PERMISSIONS = permissionCatalog(CRM_PERMISSIONS, PLATFORM_PERMISSIONS);
`;

/** Runs the schematics, in order, against a tree in memory holding only the files they edit. */
async function generate(...steps: Array<[(options: { name: string; path?: string }) => Rule, string, string?]>): Promise<Tree> {
  const tree = new HostTree();
  tree.create(
    'src/app.module.ts',
    "import { Module } from '@nestjs/common';\n\n@Module({\n  imports: [],\n})\nexport class AppModule {}\n",
  );
  tree.create('src/contexts/identity/domain/role/permission-catalog.ts', CATALOG);
  for (const [schematic, name, path] of steps) await schematic({ name, path })(tree, {} as SchematicContext);
  return tree;
}

const text = (tree: Tree, path: string) => tree.read(path)!.toString('utf8');

describe('generated routes', () => {
  let tree: Tree;
  let controller: string;

  beforeAll(async () => {
    tree = await generate(
      [context, 'billing'],
      [aggregate, 'user', 'billing'],
      [command, 'create-user', 'billing'],
      [command, 'suspend-user', 'billing'],
      [query, 'get-user', 'billing'],
    );
    controller = text(tree, 'src/contexts/billing/infrastructure/http/users.controller.ts');
  });

  it('require <aggregates>:write on commands and <aggregates>:read on queries, right under the route', () => {
    expect(controller).toContain("  @Post()\n  @RequirePermission('users:write')\n");
    expect(controller).toContain("  @Post(':id/suspend')\n  @RequirePermission('users:write')\n");
    expect(controller).toContain("  @Get(':id')\n  @RequirePermission('users:read')\n");
    expect(controller.match(/@RequirePermission\(/g)).toHaveLength(3);
  });

  it('import RequirePermission once, from @promenade/auth', () => {
    expect(controller.match(/import \{ RequirePermission \} from '@promenade\/auth';/g)).toHaveLength(1);
  });

  it('name the aggregate with the article it is spoken with', () => {
    expect(controller).toContain("@ApiOperation({ summary: 'Create a user' })");
    expect(controller).toContain("@ApiOperation({ summary: 'Suspend a user' })");
    expect(controller).toContain("@ApiOperation({ summary: 'Get a user' })");
    expect(text(tree, 'src/contexts/billing/domain/events/user-suspended.event.ts')).toContain('/** A user was suspended. */');
    expect(text(tree, 'src/contexts/billing/domain/events/user-created.event.ts')).toContain('/** A user came into being. */');
  });

  it('write the permission in the plural kebab-case of the aggregate', async () => {
    const lines = await generate(
      [context, 'billing'],
      [aggregate, 'invoice-line', 'billing'],
      [command, 'create-invoice-line', 'billing'],
      [query, 'get-invoice-line', 'billing'],
    );
    const linesController = text(lines, 'src/contexts/billing/infrastructure/http/invoice-lines.controller.ts');
    expect(linesController).toContain("@RequirePermission('invoice-lines:write')");
    expect(linesController).toContain("@RequirePermission('invoice-lines:read')");
    expect(linesController).toContain("@ApiOperation({ summary: 'Get an invoice line' })");
  });
});

describe('generated permissions', () => {
  it("are declared once each, with what they allow, in the context's contracts/permissions.ts, exported by its index", async () => {
    const tree = await generate(
      [context, 'billing'],
      [aggregate, 'invoice-line', 'billing'],
      [command, 'create-invoice-line', 'billing'],
      [command, 'submit-invoice-line', 'billing'],
      [query, 'get-invoice-line', 'billing'],
    );
    expect(text(tree, 'src/contexts/billing/contracts/permissions.ts')).toContain(
      "export const BILLING_PERMISSIONS = {\n  'invoice-lines:write': 'Create and change invoice lines',\n  'invoice-lines:read': 'Read invoice lines',\n} as const satisfies Record<string, string>;\n",
    );
    expect(text(tree, 'src/contexts/billing/contracts/index.ts')).toBe("export * from './permissions';\n");
    expect(tree.exists('src/contexts/billing/contracts/.gitkeep')).toBe(false);
  });

  it("join Identity's catalog: the context's list is imported and added to the union once", async () => {
    const tree = await generate(
      [context, 'billing'],
      [aggregate, 'invoice', 'billing'],
      [command, 'create-invoice', 'billing'],
      [query, 'get-invoice', 'billing'],
      [aggregate, 'invoice-line', 'billing'],
      [command, 'create-invoice-line', 'billing'],
    );
    const catalog = text(tree, 'src/contexts/identity/domain/role/permission-catalog.ts');
    expect(catalog).toContain("import { BILLING_PERMISSIONS } from '../../../billing/contracts/permissions';\n");
    expect(catalog).toContain(
      'export const PERMISSIONS = permissionCatalog(CRM_PERMISSIONS, PLATFORM_PERMISSIONS, BILLING_PERMISSIONS);\n',
    );
    expect(text(tree, 'src/contexts/billing/contracts/permissions.ts').match(/^ {2}'/gm)).toHaveLength(3);
  });
});

describe('the generated context README', () => {
  it('grows with the Nest CLI of node_modules, through npx', async () => {
    const readme = text(await generate([context, 'billing']), 'src/contexts/billing/README.md');
    expect(readme).toContain('`npx nest g aggregate <name> billing`');
    expect(readme).not.toMatch(/(?<!npx )nest g /);
  });

  it('says who holds generated permissions, where they are declared, and how to grant them', async () => {
    const readme = text(await generate([context, 'billing']), 'src/contexts/billing/README.md');
    expect(readme).toContain("in this context's `contracts/permissions.ts`\n(`BILLING_PERMISSIONS`");
    expect(readme).toContain('`superadmin` (`*:*`) and `admin` (every permission in the catalog) may call the routes at once');
    expect(readme).toContain('grant the permission in `SYSTEM_ROLES`\n(`src/contexts/identity/domain/role/system-roles.ts`)');
  });

  it('says where a generated value object goes', async () => {
    const readme = text(await generate([context, 'billing']), 'src/contexts/billing/README.md');
    expect(readme).toContain(
      '`invoice-number` → `domain/invoice/`; of the one named\nbefore a dot, `invoice.money` → `domain/invoice/money.ts`; else `domain/`',
    );
  });
});
