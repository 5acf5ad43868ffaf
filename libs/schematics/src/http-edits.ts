import { Tree } from '@angular-devkit/schematics';
import { wireIntoModule } from './module-wiring';
import { Names, plural } from './names';
import { ContextTarget } from './options';
import { declarePermission } from './permission-edits';
import { addClassMember, addImport } from './tree-edits';

interface HttpFiles {
  controller: string;
  response: string;
}

function httpFiles(target: ContextTarget, agg: Names): HttpFiles {
  const dir = `${target.root}/infrastructure/http`;
  return { controller: `${dir}/${plural(agg.kebab)}.controller.ts`, response: `${dir}/${agg.kebab}.response.ts` };
}

type Access = 'read' | 'write';

/** The permission a generated route requires: `invoices:read` for queries, `invoices:write` for commands. */
export function routePermission(agg: Names, access: Access): string {
  return `${plural(agg.kebab)}:${access}`;
}

const ALLOWS: Record<Access, (things: string) => string> = {
  read: (things) => `Read ${things}`,
  write: (things) => `Create and change ${things}`,
};

/**
 * Adds a route to the aggregate's controller, creating it (and its response DTO) and wiring it on first use.
 * Its method declares `@RequirePermission(routePermission(agg, access))`: the service refuses to start with a route
 * that declares nothing; the permission is declared in the context's catalog, so `admin` holds it.
 */
export function addRoute(
  tree: Tree,
  target: ContextTarget,
  agg: Names,
  route: { access: Access; method: string; imports: Array<[string, string]> },
): void {
  declarePermission(tree, target, routePermission(agg, route.access), ALLOWS[route.access](plural(agg.kebab).replace(/-/g, ' ')));
  const files = httpFiles(target, agg);
  if (!tree.exists(files.response)) tree.create(files.response, responseFile(agg));
  if (!tree.exists(files.controller)) {
    tree.create(files.controller, controllerFile(target.context, agg));
    if (tree.exists(`${target.root}/infrastructure/http/.gitkeep`)) tree.delete(`${target.root}/infrastructure/http/.gitkeep`);
    const controller = `${plural(agg.pascal)}Controller`;
    wireIntoModule(tree, target, {
      imports: [[controller, `./infrastructure/http/${plural(agg.kebab)}.controller`]],
      controllers: [controller],
    });
  }
  let content = tree.read(files.controller)!.toString('utf8');
  for (const [symbol, from] of route.imports) content = addImport(content, symbol, from);
  tree.overwrite(files.controller, addClassMember(content, route.method));
}

const controllerFile = (c: Names, a: Names) => `import { Controller } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@promenade/auth';
import { TransactionalCommandBus } from '@promenade/platform';

/** HTTP ⇄ commands and queries for ${plural(a.kebab).replace(/-/g, ' ')}. */
@ApiTags('${c.kebab}')
@Controller('${c.kebab}/${plural(a.kebab)}')
export class ${plural(a.pascal)}Controller {
  constructor(
    private readonly commands: TransactionalCommandBus,
    private readonly queries: QueryBus,
  ) {}
}
`;

const responseFile = (a: Names) => `import { ApiProperty } from '@nestjs/swagger';
import { ${a.pascal} } from '../../domain/${a.kebab}/${a.kebab}.aggregate';

export class ${a.pascal}Response {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  id!: string;

  @ApiProperty({ example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', description: 'When the last change was saved.' })
  updatedAt!: string;

  static from(${a.camel}: ${a.pascal}): ${a.pascal}Response {
    return {
      id: ${a.camel}.id,
      version: ${a.camel}.version,
      createdAt: ${a.camel}.createdAt.toISOString(),
      updatedAt: ${a.camel}.updatedAt.toISOString(),
    };
  }
}
`;
