import { HostTree, SchematicContext, Tree } from '@angular-devkit/schematics';
import { context } from './context.factory';
import { eventHandler } from './event-handler.factory';
import { event, publishedEvent } from './event.factory';

const schematicContext = { logger: { info: () => undefined } } as unknown as SchematicContext;
const IDS = 'src/event-handler-ids.txt';

/** Ordering publishes order-placed; Billing has nothing yet; the committed list holds two ids around billing's. */
async function project(): Promise<Tree> {
  const tree = new HostTree();
  tree.create(
    'src/app.module.ts',
    "import { Module } from '@nestjs/common';\n\n@Module({\n  imports: [],\n})\nexport class AppModule {}\n",
  );
  tree.create(IDS, 'accounts.close-account-on-user-banned\nshipping.create-shipment-on-order-placed\n');
  await context({ name: 'ordering' })(tree, schematicContext);
  await context({ name: 'billing' })(tree, schematicContext);
  await publishedEvent({ name: 'order-placed', path: 'ordering' })(tree, schematicContext);
  return tree;
}

const generate = async (tree: Tree, name: string, path: string) => eventHandler({ name, path })(tree, schematicContext);

describe('nest g event-handler', () => {
  it('writes <verb-object>.on-<event>.ts declaring <context>.<verb-object>-on-<event>, wires it, and lists its id in order', async () => {
    const tree = await project();
    await generate(tree, 'billing.open-invoice', 'ordering.order-placed');
    const dir = 'src/contexts/billing/application/on-order-placed';
    const handler = tree.readText(`${dir}/open-invoice.on-order-placed.ts`);
    expect(handler).toContain(
      "@EventHandler('billing.open-invoice-on-order-placed', OrderPlacedContract)\nexport class OpenInvoiceOnOrderPlaced implements IEventHandler<OrderPlacedContract> {",
    );
    expect(handler).toContain("import { OrderPlacedContract } from '../../../ordering/contracts';");
    expect(handler).not.toContain('EventsHandler');
    expect(tree.readText(`${dir}/open-invoice.on-order-placed.spec.ts`)).toContain(
      "expect(eventHandlerOf(OpenInvoiceOnOrderPlaced)).toEqual({ id: 'billing.open-invoice-on-order-placed', events: [OrderPlacedContract] });",
    );
    const module = tree.readText('src/contexts/billing/billing.module.ts');
    expect(module).toContain("import { OpenInvoiceOnOrderPlaced } from './application/on-order-placed/open-invoice.on-order-placed';");
    expect(module).toContain('const reactions = [OpenInvoiceOnOrderPlaced];');
    expect(module).toContain('providers: [...reactions],');
    expect(tree.readText(IDS)).toBe(
      'accounts.close-account-on-user-banned\nbilling.open-invoice-on-order-placed\nshipping.create-shipment-on-order-placed\n',
    );
  });

  it("reacts to its context's own internal event later (a scheduled event's due time), importing it from domain/events", async () => {
    const tree = await project();
    await event({ name: 'payment-due', path: 'billing' })(tree, schematicContext);
    await generate(tree, 'billing.remind-payment', 'billing.payment-due');
    const handler = tree.readText('src/contexts/billing/application/on-payment-due/remind-payment.on-payment-due.ts');
    expect(handler).toContain("import { PaymentDue } from '../../domain/events/payment-due.event';");
    expect(handler).toContain("@EventHandler('billing.remind-payment-on-payment-due', PaymentDue)");
    expect(tree.readText(IDS)).toContain('billing.remind-payment-on-payment-due\n');
  });

  it.each([
    ['billing', 'ordering.order-placed', /name the reaction as <subscribing-context>.<verb-object>/],
    ['billing.OpenInvoice', 'ordering.order-placed', /must be kebab-case/],
    ['billing.open-invoice', 'ordering.order-shipped', /ordering publishes no order-shipped/],
    ['ordering.archive-order', 'ordering.order-placed', /ordering.order-placed is published: ordering reacts to its own events inside/],
    ['billing.remind-payment', 'billing.payment-due', /billing has no internal event payment-due \(nest g event payment-due billing\)/],
  ])('refuses %s %s, writing nothing', async (name, path, message) => {
    const tree = await project();
    await expect(generate(tree, name, path)).rejects.toThrow(message);
    expect(tree.readText(IDS)).toBe('accounts.close-account-on-user-banned\nshipping.create-shipment-on-order-placed\n');
    expect(tree.exists('src/contexts/billing/application/on-order-placed')).toBe(false);
  });

  it('refuses an id the list already holds, writing nothing', async () => {
    const tree = await project();
    tree.overwrite(IDS, 'billing.open-invoice-on-order-placed\n');
    await expect(generate(tree, 'billing.open-invoice', 'ordering.order-placed')).rejects.toThrow(
      /billing.open-invoice-on-order-placed already exists.*nothing was written/,
    );
    expect(tree.getDir('src/contexts/billing/application/on-order-placed').subfiles).toEqual([]);
  });
});
