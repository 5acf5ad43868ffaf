import { HostTree, SchematicContext, Tree } from '@angular-devkit/schematics';
import { aggregate } from './aggregate.factory';
import { context } from './context.factory';
import { event, publishedEvent } from './event.factory';

const logged: string[] = [];
const schematicContext = { logger: { info: (message: string) => logged.push(message) } } as unknown as SchematicContext;

async function billing(): Promise<Tree> {
  const tree = new HostTree();
  tree.create(
    'src/app.module.ts',
    "import { Module } from '@nestjs/common';\n\n@Module({\n  imports: [],\n})\nexport class AppModule {}\n",
  );
  await context({ name: 'billing' })(tree, schematicContext);
  await aggregate({ name: 'invoice', path: 'billing' })(tree, schematicContext);
  return tree;
}

const text = (tree: Tree, path: string) => tree.readText(path);

describe('nest g event / published-event', () => {
  it('writes an internal event in domain/events/ and nothing in contracts/', async () => {
    const tree = await billing();
    await event({ name: 'invoice-voided', path: 'billing' })(tree, schematicContext);
    expect(text(tree, 'src/contexts/billing/domain/events/invoice-voided.event.ts')).toContain(
      "static readonly eventName = 'billing.invoice-voided';",
    );
    expect(tree.exists('src/contexts/billing/domain/events/invoice-voided.event.spec.ts')).toBe(true);
    expect(tree.getDir('src/contexts/billing/contracts').subfiles).toEqual(['.gitkeep']);
  });

  it('publishes a domain event through a contract, a publication registered in the module, and the index', async () => {
    const tree = await billing();
    await publishedEvent({ name: 'invoice-paid', path: 'billing' })(tree, schematicContext);
    await publishedEvent({ name: 'invoice-sent', path: 'billing' })(tree, schematicContext);
    const root = 'src/contexts/billing';
    expect(text(tree, `${root}/domain/events/invoice-paid.event.ts`)).toContain(
      'export class InvoicePaid extends DomainEvent<InvoicePaidPayload>',
    );
    const contract = text(tree, `${root}/contracts/invoice-paid.contract.ts`);
    expect(contract).toContain('export class InvoicePaidContract extends DomainEvent<InvoicePaidContractPayload>');
    expect(contract).toContain("static readonly eventName = 'billing.invoice-paid';\n  static readonly eventVersion = 1;");
    expect(text(tree, `${root}/contracts/index.ts`)).toBe(
      "export * from './invoice-paid.contract';\nexport * from './invoice-sent.contract';\n",
    );
    expect(tree.exists(`${root}/contracts/.gitkeep`)).toBe(false);
    expect(text(tree, `${root}/application/publications/publish-invoice-paid.ts`)).toContain(
      '@Publishes(InvoicePaid, InvoicePaidContract)\nexport class PublishInvoicePaid implements Publication<InvoicePaid, InvoicePaidContract> {',
    );
    const module = text(tree, `${root}/billing.module.ts`);
    expect(module).toContain("import { PublishInvoicePaid } from './application/publications/publish-invoice-paid';");
    expect(module).toContain('const publications = [PublishInvoicePaid, PublishInvoiceSent];');
    expect(module).toContain('providers: [...invoiceProviders, ...publications],');
    expect(logged).toContain('billing.invoice-paid v1 is published: run npm run contracts:snapshot and commit its schema.');
  });

  it('refuses a published event whose domain event exists, writing nothing', async () => {
    const tree = await billing();
    await event({ name: 'invoice-paid', path: 'billing' })(tree, schematicContext);
    const rule = publishedEvent({ name: 'invoice-paid', path: 'billing' });
    await expect(async () => rule(tree, schematicContext)).rejects.toThrow(
      /published event billing.invoice-paid already exists.*nothing was written/,
    );
    expect(tree.exists('src/contexts/billing/contracts/invoice-paid.contract.ts')).toBe(false);
  });
});
