import { Rule, SchematicsException, Tree } from '@angular-devkit/schematics';
import { verbAndAggregate } from './aggregate-lookup';
import { addRoute, routePermission } from './http-edits';
import { wireIntoModule } from './module-wiring';
import { Names, withArticle } from './names';
import { contextTarget, SchematicOptions } from './options';
import { GENERATED_SHAPE } from './aggregate.factory';
import { read, refuseExisting } from './tree-edits';
import { formatted } from './formatted';

/** `nest g query get-invoice billing`: a query reading the aggregate by id, its handler and spec, and `GET /billing/invoices/{id}`. */
export function query(options: SchematicOptions): Rule {
  return formatted((tree: Tree) => {
    const target = contextTarget(tree, options, 'nest g query get-<aggregate> <context>');
    const { verb, aggregate: a } = verbAndAggregate(tree, target, options.name, 'query');
    if (verb.kebab !== 'get')
      throw new SchematicsException(`query "${options.name}": only get-<aggregate> is generated; write other reads by hand`);
    if (!read(tree, `${target.root}/domain/${a.kebab}/${a.kebab}.aggregate.ts`, `the aggregate ${a.kebab}`).includes(GENERATED_SHAPE)) {
      throw new SchematicsException(`${a.kebab} was not made by nest g aggregate (its shape differs); write queries for it by hand`);
    }
    const q = { pascal: `Get${a.pascal}`, kebab: `get-${a.kebab}` };
    const dir = `${target.root}/application/${q.kebab}`;
    refuseExisting(tree, [`${dir}/${q.kebab}.query.ts`], `query ${q.kebab} in ${target.context.kebab}`);

    tree.create(`${dir}/${q.kebab}.query.ts`, queryFile(a));
    tree.create(`${dir}/${q.kebab}.handler.ts`, handlerFile(a));
    tree.create(`${dir}/${q.kebab}.handler.spec.ts`, handlerSpec(a));
    if (tree.exists(`${target.root}/application/.gitkeep`)) tree.delete(`${target.root}/application/.gitkeep`);
    wireIntoModule(tree, target, {
      imports: [[`${q.pascal}Handler`, `./application/${q.kebab}/${q.kebab}.handler`]],
      providers: { into: { aggregate: a }, entries: [`${q.pascal}Handler`] },
    });
    addRoute(tree, target, a, {
      access: 'read',
      imports: [
        ['Get', '@nestjs/common'],
        ['ApiOkResponse', '@nestjs/swagger'],
        ['ApiOperation', '@nestjs/swagger'],
        ['ApiProblems', '@promenade/http'],
        ['RequirePermission', '@promenade/auth'],
        ['UuidParam', '@promenade/http'],
        [q.pascal, `../../application/${q.kebab}/${q.kebab}.query`],
        [`${a.pascal}Response`, `./${a.kebab}.response`],
        [`${a.pascal}NotFound`, `../../domain/${a.kebab}/${a.kebab}.errors`],
      ],
      method: `  @Get(':id')
  @RequirePermission('${routePermission(a, 'read')}')
  @ApiOperation({ summary: 'Get ${withArticle(a.kebab)}' })
  @ApiOkResponse({ type: ${a.pascal}Response })
  @ApiProblems(400, ${a.pascal}NotFound)
  async get${a.pascal}(@UuidParam('id') id: string): Promise<${a.pascal}Response> {
    return ${a.pascal}Response.from(await this.queries.execute(new ${q.pascal}(id)));
  }
`,
    });
    return tree;
  });
}

const queryFile = (a: Names) => `import { Query } from '@nestjs/cqrs';
import { ${a.pascal} } from '../../domain/${a.kebab}/${a.kebab}.aggregate';

export class Get${a.pascal} extends Query<${a.pascal}> {
  constructor(readonly ${a.camel}Id: string) {
    super();
  }
}
`;

const handlerFile = (a: Names) => `import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ${a.pascal} } from '../../domain/${a.kebab}/${a.kebab}.aggregate';
import { ${a.constant}_REPOSITORY, ${a.pascal}Repository } from '../../domain/${a.kebab}/${a.kebab}.repository';
import { Get${a.pascal} } from './get-${a.kebab}.query';

@QueryHandler(Get${a.pascal})
export class Get${a.pascal}Handler implements IQueryHandler<Get${a.pascal}, ${a.pascal}> {
  constructor(@Inject(${a.constant}_REPOSITORY) private readonly ${a.camel}s: ${a.pascal}Repository) {}

  execute({ ${a.camel}Id }: Get${a.pascal}): Promise<${a.pascal}> {
    return this.${a.camel}s.getById(${a.camel}Id);
  }
}
`;

const handlerSpec = (a: Names) => `import { ${a.pascal} } from '../../domain/${a.kebab}/${a.kebab}.aggregate';
import { InMemory${a.pascal}Repository } from '../testing/in-memory-${a.kebab}.repository';
import { Get${a.pascal} } from './get-${a.kebab}.query';
import { Get${a.pascal}Handler } from './get-${a.kebab}.handler';

describe('Get${a.pascal}Handler', () => {
  const stored = ${a.pascal}.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });
  const handler = new Get${a.pascal}Handler(new InMemory${a.pascal}Repository().seed(stored));

  it('answers the stored ${a.kebab.replace(/-/g, ' ')}', async () => {
    expect((await handler.execute(new Get${a.pascal}(stored.id))).snapshot()).toEqual(stored.snapshot());
  });

  it('refuses an unknown id with ${a.constant}_NOT_FOUND', async () => {
    await expect(handler.execute(new Get${a.pascal}('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: '${a.constant}_NOT_FOUND' });
  });
});
`;
