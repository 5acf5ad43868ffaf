import { HostTree, Rule, SchematicContext, Tree } from '@angular-devkit/schematics';
import { aggregate } from './aggregate.factory';
import { command } from './command.factory';
import { context } from './context.factory';
import { query } from './query.factory';

/** Runs the schematics, in order, against a tree in memory holding only the app module they edit. */
async function generate(...steps: Array<[(options: { name: string; path?: string }) => Rule, string, string?]>): Promise<Tree> {
  const tree = new HostTree();
  tree.create(
    'src/app.module.ts',
    "import { Module } from '@nestjs/common';\n\n@Module({\n  imports: [],\n})\nexport class AppModule {}\n",
  );
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

describe('the generated context README', () => {
  it('says that only superadmin holds generated permissions, and how to grant them', async () => {
    const readme = text(await generate([context, 'billing']), 'src/contexts/billing/README.md');
    expect(readme).toContain('only `superadmin` (`*:*`) may\ncall the routes');
    expect(readme).toContain('`PERMISSIONS` in\n   `src/contexts/identity/domain/role/permission-catalog.ts`');
    expect(readme).toContain('`SYSTEM_ROLES` (`src/contexts/identity/domain/role/system-roles.ts`)');
  });

  it('says where a generated value object goes', async () => {
    const readme = text(await generate([context, 'billing']), 'src/contexts/billing/README.md');
    expect(readme).toContain(
      '`invoice-number` → `domain/invoice/`; of the one named\nbefore a dot, `invoice.money` → `domain/invoice/money.ts`; else `domain/`',
    );
  });
});
