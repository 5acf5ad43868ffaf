import { Rule, Tree } from '@angular-devkit/schematics';
import { dropPlaceholder, wireIntoModule } from './module-wiring';
import { Names, names, plural, sentenceWithArticle } from './names';
import { contextTarget, migrationTimestamp, SchematicOptions } from './options';
import { refuseExisting } from './tree-edits';
import { formatted } from './formatted';

/** What marks an aggregate as generated: the commands generated for it rely on this shape. */
export const GENERATED_SHAPE = 'static create(now = new Date())';

/**
 * `nest g aggregate invoice billing`: aggregate, created event, errors, port, TypeORM adapter, migration,
 * the in-memory fake, the repository contract run on both adapters, tests, wiring.
 */
export function aggregate(options: SchematicOptions): Rule {
  return formatted((tree: Tree) => {
    const target = contextTarget(tree, options, 'nest g aggregate <name> <context>');
    const agg = names(options.name, 'aggregate');
    const ctx = target.context;
    const files = {
      aggregate: `${target.root}/domain/${agg.kebab}/${agg.kebab}.aggregate.ts`,
      spec: `${target.root}/domain/${agg.kebab}/${agg.kebab}.aggregate.spec.ts`,
      errors: `${target.root}/domain/${agg.kebab}/${agg.kebab}.errors.ts`,
      repository: `${target.root}/domain/${agg.kebab}/${agg.kebab}.repository.ts`,
      event: `${target.root}/domain/events/${agg.kebab}-created.event.ts`,
      model: `${target.root}/infrastructure/persistence/${agg.kebab}.model.ts`,
      mapper: `${target.root}/infrastructure/persistence/${agg.kebab}.mapper.ts`,
      adapter: `${target.root}/infrastructure/persistence/${agg.kebab}.typeorm-repository.ts`,
      fake: `${target.root}/application/testing/in-memory-${agg.kebab}.repository.ts`,
      contract: `${target.root}/application/testing/${agg.kebab}-repository.contract.ts`,
      fakeSpec: `${target.root}/application/testing/in-memory-${agg.kebab}.repository.spec.ts`,
      adapterSpec: `test/integration/${ctx.kebab}-${agg.kebab}.repository.int-spec.ts`,
    };
    refuseExisting(tree, Object.values(files), `aggregate ${agg.kebab} in ${ctx.kebab}`);

    tree.create(files.aggregate, aggregateFile(agg));
    tree.create(files.spec, aggregateSpec(agg, ctx));
    tree.create(files.errors, errorsFile(agg));
    tree.create(files.repository, repositoryFile(agg));
    tree.create(files.event, createdEventFile(agg, ctx));
    tree.create(files.model, modelFile(agg, ctx));
    tree.create(files.mapper, mapperFile(agg));
    tree.create(files.adapter, adapterFile(agg));
    tree.create(files.fake, fakeFile(agg));
    tree.create(files.contract, contractFile(agg));
    tree.create(files.fakeSpec, fakeSpecFile(agg));
    tree.create(files.adapterSpec, adapterSpecFile(agg, ctx));
    const migrationsDir = `migrations/${ctx.kebab}`;
    const timestamp = migrationTimestamp(tree.getDir('migrations').subdirs.flatMap((dir) => tree.getDir(`migrations/${dir}`).subfiles));
    tree.create(`${migrationsDir}/${timestamp}-Create${plural(agg.pascal)}.ts`, migrationFile(agg, ctx, timestamp));
    for (const folder of ['domain', 'application', 'infrastructure/persistence']) dropPlaceholder(tree, `${target.root}/${folder}`);

    wireIntoModule(tree, target, {
      imports: [
        [`${agg.constant}_REPOSITORY`, `./domain/${agg.kebab}/${agg.kebab}.repository`],
        [`${agg.pascal}Model`, `./infrastructure/persistence/${agg.kebab}.model`],
        [`${agg.pascal}TypeOrmRepository`, `./infrastructure/persistence/${agg.kebab}.typeorm-repository`],
      ],
      models: [`${agg.pascal}Model`],
      providers: {
        into: { aggregate: agg },
        entries: [`{ provide: ${agg.constant}_REPOSITORY, useClass: ${agg.pascal}TypeOrmRepository }`],
      },
    });
    return tree;
  });
}

const aggregateFile = (a: Names) => `import { AggregateRoot, newId } from '@promenade/ddd';
import { ${a.pascal}Created } from '../events/${a.kebab}-created.event';

export interface ${a.pascal}State {
  id: string;
  version: number;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts \`version\`. */
  updatedAt: Date;
}

/** ${a.pascal}: its rules live here, as methods that check them and raise events. */
export class ${a.pascal} extends AggregateRoot<${a.pascal}State> {
  private constructor(state: ${a.pascal}State) {
    super(state);
  }

  static create(now = new Date()): ${a.pascal} {
    const ${a.camel} = new ${a.pascal}({ id: newId(), version: 0, createdAt: now, updatedAt: now });
    ${a.camel}.apply(new ${a.pascal}Created({ ${a.camel}Id: ${a.camel}.id, createdAt: now.toISOString() }));
    return ${a.camel};
  }

  /** Rebuilds a stored ${a.kebab.replace(/-/g, ' ')}; no rule is re-run and no event raised. */
  static restore(state: ${a.pascal}State): ${a.pascal} {
    return new ${a.pascal}(state);
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }
}
`;

const aggregateSpec = (a: Names, c: Names) => `import { ${a.pascal}Created } from '../events/${a.kebab}-created.event';
import { ${a.pascal} } from './${a.kebab}.aggregate';

describe('${a.pascal}', () => {
  it('is created with a new id and raises ${a.pascal}Created', () => {
    const ${a.camel} = ${a.pascal}.create(new Date('2026-01-01T00:00:00Z'));
    expect(${a.camel}.isNew).toBe(true);
    const [event] = ${a.camel}.pullEvents();
    expect(event).toBeInstanceOf(${a.pascal}Created);
    expect(event.eventName).toBe('${c.kebab}.${a.kebab}-created');
    expect((event as ${a.pascal}Created).payload).toEqual({ ${a.camel}Id: ${a.camel}.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const state = {
      id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      version: 3,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-02T00:00:00Z'),
    };
    const ${a.camel} = ${a.pascal}.restore(state);
    expect(${a.camel}.snapshot()).toEqual(state);
    expect(${a.camel}.pullEvents()).toEqual([]);
  });
});
`;

const errorsFile = (a: Names) => `import { domainError } from '@promenade/ddd';

export class ${a.pascal}NotFound extends domainError('${a.constant}_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(\`${a.kebab.replace(/-/g, ' ')} \${id} does not exist\`);
  }
}
`;

const repositoryFile = (a: Names) => `import { ${a.pascal} } from './${a.kebab}.aggregate';

export const ${a.constant}_REPOSITORY = Symbol('${a.pascal}Repository');

/** Where ${plural(a.kebab).replace(/-/g, ' ')} are kept. \`getById\` throws ${a.pascal}NotFound; \`save\` is optimistic (ConcurrencyConflict). */
export interface ${a.pascal}Repository {
  getById(id: string): Promise<${a.pascal}>;
  save(${a.camel}: ${a.pascal}): Promise<void>;
}
`;

const createdEventFile = (a: Names, c: Names) => `import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ${a.pascal}CreatedPayload {
  ${a.camel}Id: string;
  createdAt: string;
}

/** ${sentenceWithArticle(a.kebab)} came into being. */
export class ${a.pascal}Created extends DomainEvent<${a.pascal}CreatedPayload> {
  static readonly eventName = '${c.kebab}.${a.kebab}-created';
  static readonly eventVersion = 1;

  constructor(payload: ${a.pascal}CreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.${a.camel}Id, payload, metadata);
  }
}
`;

const modelFile = (a: Names, c: Names) => `import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: '${c.snake}', name: '${plural(a.snake)}' })
export class ${a.pascal}Model extends VersionedModel {}
`;

const mapperFile = (a: Names) => `import { AggregateMapper } from '@promenade/persistence';
import { ${a.pascal} } from '../../domain/${a.kebab}/${a.kebab}.aggregate';
import { ${a.pascal}Model } from './${a.kebab}.model';

export const ${a.camel}Mapper: AggregateMapper<${a.pascal}, ${a.pascal}Model> = {
  toDomain(model) {
    return ${a.pascal}.restore({ id: model.id, version: model.version, createdAt: model.createdAt, updatedAt: model.updatedAt });
  },

  toModel(${a.camel}) {
    return Object.assign(new ${a.pascal}Model(), { id: ${a.camel}.id, createdAt: ${a.camel}.createdAt });
  },
};
`;

const adapterFile = (a: Names) => `import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { ${a.pascal} } from '../../domain/${a.kebab}/${a.kebab}.aggregate';
import { ${a.pascal}NotFound } from '../../domain/${a.kebab}/${a.kebab}.errors';
import { ${a.pascal}Repository } from '../../domain/${a.kebab}/${a.kebab}.repository';
import { ${a.camel}Mapper } from './${a.kebab}.mapper';
import { ${a.pascal}Model } from './${a.kebab}.model';

@Injectable()
export class ${a.pascal}TypeOrmRepository extends TypeOrmAggregateRepository<${a.pascal}, ${a.pascal}Model> implements ${a.pascal}Repository {
  constructor(uow: UnitOfWork) {
    super(uow, ${a.pascal}Model, ${a.camel}Mapper);
  }

  async getById(id: string): Promise<${a.pascal}> {
    const ${a.camel} = await this.findById(id);
    if (!${a.camel}) throw new ${a.pascal}NotFound(id);
    return ${a.camel};
  }
}
`;

const fakeFile = (a: Names) => `import { InMemoryAggregateRepository } from '@promenade/ddd';
import { ${a.pascal}, ${a.pascal}State } from '../../domain/${a.kebab}/${a.kebab}.aggregate';
import { ${a.pascal}NotFound } from '../../domain/${a.kebab}/${a.kebab}.errors';
import { ${a.pascal}Repository } from '../../domain/${a.kebab}/${a.kebab}.repository';

/** A unit-test stand-in for the ${a.kebab.replace(/-/g, ' ')} store: the port's queries over the shared in-memory repository. */
export class InMemory${a.pascal}Repository extends InMemoryAggregateRepository<${a.pascal}, ${a.pascal}State> implements ${a.pascal}Repository {
  constructor() {
    super(${a.pascal}.restore);
  }

  async getById(id: string): Promise<${a.pascal}> {
    const stored = this.stored(id);
    if (!stored) throw new ${a.pascal}NotFound(id);
    return stored;
  }
}
`;

const contractFile = (a: Names) => `import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { ${a.pascal}, ${a.pascal}State } from '../../domain/${a.kebab}/${a.kebab}.aggregate';
import { ${a.pascal}NotFound } from '../../domain/${a.kebab}/${a.kebab}.errors';
import { ${a.pascal}Repository } from '../../domain/${a.kebab}/${a.kebab}.repository';

/** What every ${a.pascal}Repository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describe${a.pascal}RepositoryContract(open: () => Promise<OpenedRepository<${a.pascal}Repository>>): void {
  const { current } = describeAggregateRepositoryContract<${a.pascal}, ${a.pascal}State, ${a.pascal}Repository>({
    open,
    create: () => ${a.pascal}.create(),
    restore: ${a.pascal}.restore,
    load: (${a.camel}s, id) => ${a.camel}s.getById(id),
    // change: a method that raises an event, once the aggregate has one.
  });

  it('answers ${a.pascal}NotFound for an id it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(${a.pascal}NotFound);
  });
}
`;

const fakeSpecFile = (a: Names) => `import { openedInMemory } from '@promenade/ddd';
import { describe${a.pascal}RepositoryContract } from './${a.kebab}-repository.contract';
import { InMemory${a.pascal}Repository } from './in-memory-${a.kebab}.repository';

describe('InMemory${a.pascal}Repository', () => {
  describe${a.pascal}RepositoryContract(async () => openedInMemory(new InMemory${a.pascal}Repository()));
});
`;

const adapterSpecFile = (
  a: Names,
  c: Names,
) => `import { describe${a.pascal}RepositoryContract } from '../../src/contexts/${c.kebab}/application/testing/${a.kebab}-repository.contract';
import { ${a.pascal}Model } from '../../src/contexts/${c.kebab}/infrastructure/persistence/${a.kebab}.model';
import { ${a.pascal}TypeOrmRepository } from '../../src/contexts/${c.kebab}/infrastructure/persistence/${a.kebab}.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** The ${a.pascal} repository contract on the real PostgreSQL: the same suite its in-memory fake passes. */
describe('${a.pascal}TypeOrmRepository on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([${a.pascal}Model]);
  });
  afterAll(() => database?.close());

  describe${a.pascal}RepositoryContract(() => database.emptied(new ${a.pascal}TypeOrmRepository(database.uow), ['${c.snake}.${plural(a.snake)}']));
});
`;

const migrationFile = (a: Names, c: Names, timestamp: number) => `import { MigrationInterface, QueryRunner } from 'typeorm';

export class Create${plural(a.pascal)}${timestamp} implements MigrationInterface {
  name = 'Create${plural(a.pascal)}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`CREATE TABLE "${c.snake}"."${plural(a.snake)}" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )\`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`DROP TABLE "${c.snake}"."${plural(a.snake)}"\`);
  }
}
`;
