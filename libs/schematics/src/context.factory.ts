import { Rule, SchematicsException, Tree } from '@angular-devkit/schematics';
import { Names, names } from './names';
import { migrationTimestamp, SchematicOptions } from './options';
import { declareInModule } from './module-wiring';
import { addImport, read, refuseExisting } from './tree-edits';
import { formatted } from './formatted';

/** `nest g context billing`: the context's folders and module, its schema migration, and its line in the app module. */
export function context(options: SchematicOptions): Rule {
  return formatted((tree: Tree) => {
    const ctx = names(options.name, 'context');
    const sourceRoot = options.sourceRoot ?? 'src';
    const root = `${sourceRoot}/contexts/${ctx.kebab}`;
    const migrations = `migrations/${ctx.kebab}`;
    const appModulePath = `${sourceRoot}/app.module.ts`;
    let appModule = read(tree, appModulePath, 'the composition root the context is registered in');
    const taken = [root, migrations].filter((dir) => tree.getDir(dir).subfiles.length + tree.getDir(dir).subdirs.length > 0);
    if (new RegExp(`\\b${ctx.pascal}Module\\b`).test(appModule)) taken.push(`${ctx.pascal}Module in ${appModulePath}`);
    refuseExisting(tree, [`${root}/${ctx.kebab}.module.ts`], `context ${ctx.kebab}`);
    if (taken.length > 0) throw new SchematicsException(`context ${ctx.kebab} already exists (${taken.join(', ')}); nothing was written`);

    appModule = addImport(appModule, `${ctx.pascal}Module`, `./contexts/${ctx.kebab}/${ctx.kebab}.module`);
    appModule = declareInModule(appModule, 'imports', `${ctx.pascal}Module`);
    tree.overwrite(appModulePath, appModule);
    describeTag(tree, `${sourceRoot}/bootstrap.ts`, ctx);

    tree.create(`${root}/${ctx.kebab}.module.ts`, moduleFile(ctx));
    tree.create(`${root}/${ctx.kebab}.module.spec.ts`, moduleSpec(ctx));
    tree.create(`${root}/README.md`, readme(ctx));
    for (const folder of ['domain', 'application', 'infrastructure/http', 'infrastructure/persistence', 'contracts']) {
      tree.create(`${root}/${folder}/.gitkeep`, '');
    }
    const timestamp = migrationTimestamp(tree.getDir('migrations').subdirs.flatMap((dir) => tree.getDir(`migrations/${dir}`).subfiles));
    tree.create(`${migrations}/${timestamp}-Create${ctx.pascal}Schema.ts`, schemaMigration(ctx, timestamp));
    return tree;
  });
}

/**
 * The OpenAPI tag the context's routes are grouped under gets a description beside the others' in the bootstrap's
 * `tags` (an undescribed tag is a lint warning); the generated sentence is meant to be rewritten.
 */
function describeTag(tree: Tree, bootstrapPath: string, ctx: Names): void {
  if (!tree.exists(bootstrapPath)) return;
  const bootstrap = read(tree, bootstrapPath, 'the bootstrap that describes the OpenAPI tags');
  const tags = /\btags: \{\n/.exec(bootstrap);
  if (!tags) return;
  const key = /^[a-z]\w*$/.test(ctx.kebab) ? ctx.kebab : `'${ctx.kebab}'`;
  const entry = `      ${key}: '${ctx.pascal}: what it owns and does (rewrite this in ${bootstrapPath}).',\n`;
  const at = tags.index + tags[0].length;
  tree.overwrite(bootstrapPath, `${bootstrap.slice(0, at)}${entry}${bootstrap.slice(at)}`);
}

const moduleFile = (ctx: Names) => `import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

/** ${ctx.pascal}: owns the "${ctx.snake}" schema; other contexts see only its contracts/. */
@Module({
  imports: [TypeOrmModule.forFeature([])],
  controllers: [],
  providers: [],
})
export class ${ctx.pascal}Module {}
`;

const moduleSpec = (ctx: Names) => `import { MODULE_METADATA } from '@nestjs/common/constants';
import { ${ctx.pascal}Module } from './${ctx.kebab}.module';

describe('${ctx.pascal}Module', () => {
  it('registers its persistence models with TypeORM', () => {
    const imports = Reflect.getMetadata(MODULE_METADATA.IMPORTS, ${ctx.pascal}Module) as Array<{ module?: { name: string } }>;
    expect(imports.map((imported) => imported.module?.name)).toEqual(['TypeOrmModule']);
  });
});
`;

const readme = (ctx: Names) => `# ${ctx.pascal}

A bounded context. Read it top-down: \`${ctx.kebab}.module.ts\` (its providers in one named array per aggregate,
then \`reactions\`, \`publications\` and \`sagas\`), then \`domain/\`: one folder per aggregate (\`domain/<aggregate>/\`: the
root \`<aggregate>.aggregate.ts\`, its value objects, \`<aggregate>.errors.ts\`, its port \`<aggregate>.repository.ts\`),
\`domain/events/\` (the events they raise) and, at \`domain/\` itself, what the whole context shares; then
\`application/\` (one folder per command, query, reaction or saga), \`infrastructure/\` (HTTP and persistence adapters),
\`contracts/\` (what other contexts may import: the events it publishes, each mapped from its domain event in
\`application/publications/\`, and the permissions it checks). Its tables live in the PostgreSQL schema \`${ctx.snake}\`; its migrations in
\`migrations/${ctx.kebab}/\`.

Grow it with \`npx nest g aggregate <name> ${ctx.kebab}\`, \`npx nest g command <verb>-<aggregate> ${ctx.kebab}\`,
\`npx nest g query get-<aggregate> ${ctx.kebab}\`, \`npx nest g event <name> ${ctx.kebab}\` (internal),
\`npx nest g published-event <name> ${ctx.kebab}\` (for other contexts), \`npx nest g value-object <name> ${ctx.kebab}\`
(into the folder of the aggregate its name starts with, \`invoice-number\` → \`domain/invoice/\`; of the one named
before a dot, \`invoice.money\` → \`domain/invoice/money.ts\`; else \`domain/\`, shared by the context),
\`npx nest g saga <name> ${ctx.kebab}\` (a process across contexts, in \`application/<name>/\`).

## Who may call its routes

Every route needs a valid access token and a permission (or \`@Public()\`): the service refuses to start
with a route that declares neither. Generated routes declare \`<aggregates>:write\` on commands and
\`<aggregates>:read\` on queries (for an aggregate \`invoice\`: \`invoices:write\`, \`invoices:read\`).
The generator declares each one, with what it allows, in this context's \`contracts/permissions.ts\`
(\`${ctx.constant}_PERMISSIONS\`, created with the first route): the context owns the permissions it checks, and
Identity's catalog (\`src/contexts/identity/domain/role/permission-catalog.ts\`) is the union of every context's.
So \`superadmin\` (\`*:*\`) and \`admin\` (every permission in the catalog) may call the routes at once; everybody
else gets 403. To open them to other roles, grant the permission in \`SYSTEM_ROLES\`
(\`src/contexts/identity/domain/role/system-roles.ts\`), or to a custom role (\`PATCH /api/v1/identity/roles/{name}\`).
Write a better description than the generated one in \`contracts/permissions.ts\` when you know what the routes do.
`;

const schemaMigration = (ctx: Names, timestamp: number) => `import { MigrationInterface, QueryRunner } from 'typeorm';

export class Create${ctx.pascal}Schema${timestamp} implements MigrationInterface {
  name = 'Create${ctx.pascal}Schema${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`CREATE SCHEMA IF NOT EXISTS "${ctx.snake}"\`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`DROP SCHEMA IF EXISTS "${ctx.snake}"\`);
  }
}
`;
