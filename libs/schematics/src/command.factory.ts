import { Rule, SchematicsException, Tree } from '@angular-devkit/schematics';
import { assertChangeVerb, pastTense, verbAndAggregate } from './aggregate-lookup';
import { GENERATED_SHAPE } from './aggregate.factory';
import { eventFile } from './event-template';
import { addRoute, routePermission } from './http-edits';
import { wireIntoModule } from './module-wiring';
import { Names, names, sentenceWithArticle, withArticle } from './names';
import { contextTarget, ContextTarget, SchematicOptions } from './options';
import { addClassMember, addImport, read, refuseExisting } from './tree-edits';
import { formatted } from './formatted';

/**
 * `nest g command <verb>-<aggregate> <context>`: command, handler and spec, registered in the module, with a route.
 * `create-invoice` creates the aggregate (POST /billing/invoices); any other verb, e.g. `issue-invoice`, adds
 * `invoice.issue()` raising `billing.invoice-issued` and the route POST /billing/invoices/{id}/issue.
 * The rule deciding whether the change is allowed is the one line the developer writes, in that method.
 */
export function command(options: SchematicOptions): Rule {
  return formatted((tree: Tree) => {
    const target = contextTarget(tree, options, 'nest g command <verb>-<aggregate> <context>');
    const { verb, aggregate: a } = verbAndAggregate(tree, target, options.name, 'command');
    const c = names(options.name, 'command');
    const creates = verb.kebab === 'create';
    if (!creates) assertChangeVerb(verb);
    const aggregateSource = read(tree, `${target.root}/domain/${a.kebab}/${a.kebab}.aggregate.ts`, `the aggregate ${a.kebab}`);
    if (!aggregateSource.includes(GENERATED_SHAPE)) {
      throw new SchematicsException(`${a.kebab} was not made by nest g aggregate (its shape differs); write commands for it by hand`);
    }
    const dir = `${target.root}/application/${c.kebab}`;
    const happened = names(`${a.kebab}-${pastTense(verb.kebab)}`, 'event');
    const eventPath = `${target.root}/domain/events/${happened.kebab}.event.ts`;
    refuseExisting(
      tree,
      [`${dir}/${c.kebab}.command.ts`, ...(creates ? [] : [eventPath])],
      `command ${c.kebab} in ${target.context.kebab}`,
    );
    if (!creates && new RegExp(`\\n  ${verb.camel}\\(`).test(aggregateSource)) {
      throw new SchematicsException(`${a.pascal} already has a method ${verb.camel}(); nothing was written`);
    }

    tree.create(`${dir}/${c.kebab}.command.ts`, creates ? createCommandFile(c) : changeCommandFile(c, a));
    tree.create(`${dir}/${c.kebab}.handler.ts`, creates ? createHandlerFile(c, a) : changeHandlerFile(c, a, verb));
    tree.create(`${dir}/${c.kebab}.handler.spec.ts`, creates ? createHandlerSpec(c, a) : changeHandlerSpec(c, a, happened));
    if (tree.exists(`${target.root}/application/.gitkeep`)) tree.delete(`${target.root}/application/.gitkeep`);
    if (!creates) addBehaviour(tree, target, a, verb, happened, eventPath);
    wireIntoModule(tree, target, {
      imports: [[`${c.pascal}Handler`, `./application/${c.kebab}/${c.kebab}.handler`]],
      providers: { into: { aggregate: a }, entries: [`${c.pascal}Handler`] },
    });
    addRoute(tree, target, a, {
      access: 'write',
      imports: [
        ['Post', '@nestjs/common'],
        ...(creates
          ? [['ApiCreatedResponse', '@nestjs/swagger'] as [string, string]]
          : [
              ['HttpCode', '@nestjs/common'] as [string, string],
              ['ApiOkResponse', '@nestjs/swagger'] as [string, string],
              ['UuidParam', '@promenade/http'] as [string, string],
            ]),
        ['ApiOperation', '@nestjs/swagger'],
        ['ApiProblems', '@promenade/http'],
        ['RequirePermission', '@promenade/auth'],
        ['IdResponse', '@promenade/http'],
        [c.pascal, `../../application/${c.kebab}/${c.kebab}.command`],
        ...(creates
          ? []
          : [
              ['ConcurrencyConflict', '@promenade/ddd'] as [string, string],
              [`${a.pascal}NotFound`, `../../domain/${a.kebab}/${a.kebab}.errors`] as [string, string],
            ]),
      ],
      method: creates
        ? `  @Post()
  @RequirePermission('${routePermission(a, 'write')}')
  @ApiOperation({ summary: 'Create ${withArticle(a.kebab)}' })
  @ApiCreatedResponse({ type: IdResponse })
  @ApiProblems(400)
  async ${c.camel}(): Promise<IdResponse> {
    return { id: await this.commands.execute(new ${c.pascal}()) };
  }
`
        : `  @Post(':id/${verb.kebab}')
  @RequirePermission('${routePermission(a, 'write')}')
  @HttpCode(200)
  @ApiOperation({ summary: '${verb.pascal.replace(/([a-z])([A-Z])/g, '$1 $2')} ${withArticle(a.kebab)}' })
  @ApiOkResponse({ type: IdResponse })
  @ApiProblems(400, ${a.pascal}NotFound, ConcurrencyConflict)
  async ${verb.camel}${a.pascal}(@UuidParam('id') id: string): Promise<IdResponse> {
    await this.commands.execute(new ${c.pascal}(id));
    return { id };
  }
`,
    });
    return tree;
  });
}

/** The aggregate gains the method the command calls, and the event it raises. */
function addBehaviour(tree: Tree, target: ContextTarget, a: Names, verb: Names, happened: Names, eventPath: string): void {
  const time = `${names(pastTense(verb.kebab), 'verb').camel}At`;
  tree.create(
    eventPath,
    eventFile(
      target.context,
      happened,
      `${a.camel}Id`,
      time,
      `${sentenceWithArticle(a.kebab)} was ${pastTense(verb.kebab).replace(/-/g, ' ')}.`,
    ),
  );
  const aggregatePath = `${target.root}/domain/${a.kebab}/${a.kebab}.aggregate.ts`;
  let content = read(tree, aggregatePath, `the aggregate ${a.kebab}`);
  content = addImport(content, happened.pascal, `../events/${happened.kebab}.event`);
  content = addClassMember(
    content,
    `  /** ${verb.pascal.replace(/([a-z])([A-Z])/g, '$1 $2')} this ${a.kebab.replace(/-/g, ' ')}. Check the rule that allows it here, before the event. */
  ${verb.camel}(now = new Date()): void {
    this.apply(new ${happened.pascal}({ ${a.camel}Id: this.id, ${time}: now.toISOString() }));
  }
`,
  );
  tree.overwrite(aggregatePath, content);
}

const createCommandFile = (c: Names) => `import { Command } from '@nestjs/cqrs';

/** Answers the new id. */
export class ${c.pascal} extends Command<string> {}
`;

const changeCommandFile = (c: Names, a: Names) => `import { Command } from '@nestjs/cqrs';

export class ${c.pascal} extends Command<void> {
  constructor(readonly ${a.camel}Id: string) {
    super();
  }
}
`;

const createHandlerFile = (c: Names, a: Names) => `import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ${a.pascal} } from '../../domain/${a.kebab}/${a.kebab}.aggregate';
import { ${a.constant}_REPOSITORY, ${a.pascal}Repository } from '../../domain/${a.kebab}/${a.kebab}.repository';
import { ${c.pascal} } from './${c.kebab}.command';

@CommandHandler(${c.pascal})
export class ${c.pascal}Handler implements ICommandHandler<${c.pascal}, string> {
  constructor(@Inject(${a.constant}_REPOSITORY) private readonly ${a.camel}s: ${a.pascal}Repository) {}

  async execute(_command: ${c.pascal}): Promise<string> {
    const ${a.camel} = ${a.pascal}.create();
    await this.${a.camel}s.save(${a.camel});
    return ${a.camel}.id;
  }
}
`;

const changeHandlerFile = (c: Names, a: Names, verb: Names) => `import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ${a.constant}_REPOSITORY, ${a.pascal}Repository } from '../../domain/${a.kebab}/${a.kebab}.repository';
import { ${c.pascal} } from './${c.kebab}.command';

@CommandHandler(${c.pascal})
export class ${c.pascal}Handler implements ICommandHandler<${c.pascal}, void> {
  constructor(@Inject(${a.constant}_REPOSITORY) private readonly ${a.camel}s: ${a.pascal}Repository) {}

  async execute({ ${a.camel}Id }: ${c.pascal}): Promise<void> {
    const ${a.camel} = await this.${a.camel}s.getById(${a.camel}Id);
    ${a.camel}.${verb.camel}();
    await this.${a.camel}s.save(${a.camel});
  }
}
`;

const createHandlerSpec = (c: Names, a: Names) => `import { ${a.pascal}Created } from '../../domain/events/${a.kebab}-created.event';
import { InMemory${a.pascal}Repository } from '../testing/in-memory-${a.kebab}.repository';
import { ${c.pascal} } from './${c.kebab}.command';
import { ${c.pascal}Handler } from './${c.kebab}.handler';

describe('${c.pascal}Handler', () => {
  it('saves a new ${a.kebab.replace(/-/g, ' ')} that raised ${a.pascal}Created, and answers its id', async () => {
    const repository = new InMemory${a.pascal}Repository();
    const id = await new ${c.pascal}Handler(repository).execute(new ${c.pascal}());
    expect(repository.all().map((${a.camel}) => ${a.camel}.id)).toEqual([id]);
    expect(repository.published).toEqual([expect.any(${a.pascal}Created)]);
  });
});
`;

const changeHandlerSpec = (
  c: Names,
  a: Names,
  happened: Names,
) => `import { ${happened.pascal} } from '../../domain/events/${happened.kebab}.event';
import { ${a.pascal} } from '../../domain/${a.kebab}/${a.kebab}.aggregate';
import { InMemory${a.pascal}Repository } from '../testing/in-memory-${a.kebab}.repository';
import { ${c.pascal} } from './${c.kebab}.command';
import { ${c.pascal}Handler } from './${c.kebab}.handler';

describe('${c.pascal}Handler', () => {
  const stored = () => ${a.pascal}.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });

  it('saves the ${a.kebab.replace(/-/g, ' ')} with ${happened.pascal} raised', async () => {
    const ${a.camel} = stored();
    const repository = new InMemory${a.pascal}Repository().seed(${a.camel});
    await new ${c.pascal}Handler(repository).execute(new ${c.pascal}(${a.camel}.id));
    expect(repository.stored(${a.camel}.id)?.version).toBe(2);
    const [event] = repository.published;
    expect(event).toBeInstanceOf(${happened.pascal});
    expect(event.metadata.aggregateId).toBe(${a.camel}.id);
  });

  it('refuses an unknown id with ${a.constant}_NOT_FOUND and saves nothing', async () => {
    const repository = new InMemory${a.pascal}Repository();
    await expect(new ${c.pascal}Handler(repository).execute(new ${c.pascal}('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: '${a.constant}_NOT_FOUND' });
    expect(repository.all()).toEqual([]);
  });
});
`;
