import { HostTree, SchematicContext, Tree } from '@angular-devkit/schematics';
import { aggregatesOf } from './aggregate-lookup';
import { aggregate } from './aggregate.factory';
import { context } from './context.factory';
import { contextTarget } from './options';
import { valueObject } from './value-object.factory';

const schematicContext = {} as SchematicContext;
const domain = 'src/contexts/billing/domain';

/** Billing with the aggregates invoice and invoice-line, generated into domain/<aggregate>/. */
async function billing(): Promise<Tree> {
  const tree = new HostTree();
  tree.create(
    'src/app.module.ts',
    "import { Module } from '@nestjs/common';\n\n@Module({\n  imports: [],\n})\nexport class AppModule {}\n",
  );
  await context({ name: 'billing' })(tree, schematicContext);
  await aggregate({ name: 'invoice', path: 'billing' })(tree, schematicContext);
  await aggregate({ name: 'invoice-line', path: 'billing' })(tree, schematicContext);
  return tree;
}

const generate = async (tree: Tree, name: string) => valueObject({ name, path: 'billing' })(tree, schematicContext);

describe('nest g aggregate', () => {
  it('writes the aggregate, its errors and its repository port in domain/<aggregate>/, where the lookup finds it', async () => {
    const tree = await billing();
    expect(tree.getDir(`${domain}/invoice`).subfiles).toEqual([
      'invoice.aggregate.ts',
      'invoice.aggregate.spec.ts',
      'invoice.errors.ts',
      'invoice.repository.ts',
    ]);
    expect(tree.readText(`${domain}/invoice/invoice.aggregate.ts`)).toContain(
      "import { InvoiceCreated } from '../events/invoice-created.event';",
    );
    expect(aggregatesOf(tree, contextTarget(tree, { name: 'invoice', path: 'billing' }, 'usage'))).toEqual(['invoice-line', 'invoice']);
  });
});

describe('nest g value-object', () => {
  it.each([
    ['invoice-number', `${domain}/invoice/invoice-number.ts`],
    ['invoice-line-quantity', `${domain}/invoice-line/invoice-line-quantity.ts`],
    ['invoice-line.discount', `${domain}/invoice-line/discount.ts`],
    ['tax-rate', `${domain}/tax-rate.ts`],
  ])('puts %s in %s, its spec beside it', async (name, file) => {
    const tree = await billing();
    await generate(tree, name);
    expect(tree.readText(file)).toContain('extends ValueObject<{ value: string }>');
    expect(tree.exists(file.replace(/\.ts$/, '.spec.ts'))).toBe(true);
  });

  it('refuses an aggregate the context does not have, writing nothing', async () => {
    const tree = await billing();
    await expect(generate(tree, 'payment.method')).rejects.toThrow(
      /billing has no aggregate "payment" to hold method \(invoice-line, invoice\)/,
    );
    expect(tree.exists(`${domain}/payment`)).toBe(false);
  });
});
