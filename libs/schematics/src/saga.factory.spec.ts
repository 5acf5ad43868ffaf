import { HostTree, SchematicContext, Tree } from '@angular-devkit/schematics';
import { context } from './context.factory';
import { event, publishedEvent } from './event.factory';
import { saga } from './saga.factory';

const schematicContext = { logger: { info: () => undefined } } as unknown as SchematicContext;
const IDS = 'src/event-handler-ids.txt';
const LISTED = 'accounts.close-account-on-user-banned\nshipping.create-shipment-on-order-placed\n';
const ROOT = 'src/contexts/dispatch';
const DIR = `${ROOT}/application/order-dispatch`;

/** Ordering publishes order-placed; Dispatch has nothing yet; the committed list holds two ids around dispatch's. */
async function project(): Promise<Tree> {
  const tree = new HostTree();
  tree.create(
    'src/app.module.ts',
    "import { Module } from '@nestjs/common';\n\n@Module({\n  imports: [],\n})\nexport class AppModule {}\n",
  );
  tree.create(IDS, LISTED);
  await context({ name: 'ordering' })(tree, schematicContext);
  await context({ name: 'dispatch' })(tree, schematicContext);
  await publishedEvent({ name: 'order-placed', path: 'ordering' })(tree, schematicContext);
  return tree;
}

const generate = async (tree: Tree, name: string, path: string) => saga({ name, path })(tree, schematicContext);
const sagaMigrations = (tree: Tree) => tree.getDir('migrations/dispatch').subfiles.filter((file) => file.endsWith('Sagas.ts'));

describe('nest g saga', () => {
  describe('<name> <context>: started by the internal event <name>-requested it writes', () => {
    it('writes the definition, its handler and its spec in application/<name>/, and the event in domain/events/', async () => {
      const tree = await project();
      await generate(tree, 'order-dispatch', 'dispatch');
      expect(tree.getDir(DIR).subfiles).toEqual(['order-dispatch.saga.ts', 'order-dispatch.handler.ts', 'order-dispatch.saga.spec.ts']);
      const definition = tree.readText(`${DIR}/order-dispatch.saga.ts`);
      expect(definition).toContain("import { OrderDispatchRequested } from '../../domain/events/order-dispatch-requested.event';");
      expect(definition).toContain(
        'export const orderDispatch = defineSaga<OrderDispatchData, OrderDispatchState, OrderDispatchStep>({\n' +
          "  type: 'dispatch.order-dispatch',\n  terminal: ['cancelled'],\n  starts: on(OrderDispatchRequested, {\n" +
          '    key: (event) => `order-dispatch:${event.payload.orderDispatchId}`,',
      );
      expect(definition).toContain("export type OrderDispatchState = 'in_progress' | 'cancelled';");
      expect(definition).toContain('    in_progress: {\n      // How long it waits for the answer;');
      expect(definition).toContain('  compensations: {\n    // The messages that undo the first request');
      expect(definition).toContain("    'first-request': () => [],");
      expect(definition).not.toMatch(/TODO|FIXME/);
      expect(Math.max(...definition.split('\n').map((line) => line.length))).toBeLessThanOrEqual(140);

      expect(tree.readText(`${DIR}/order-dispatch.handler.ts`)).toContain(
        "@EventHandler('dispatch.order-dispatch-saga', ...orderDispatch.handles)\n" +
          'export class OrderDispatchSaga extends SagaHandler<OrderDispatchData, OrderDispatchState, OrderDispatchStep> {\n' +
          '  constructor(runner: SagaRunner) {\n    super(orderDispatch, runner);\n  }\n}',
      );
      const spec = tree.readText(`${DIR}/order-dispatch.saga.spec.ts`);
      expect(spec).toContain('const start = () => new OrderDispatchRequested({ orderDispatchId: SUBJECT });');
      expect(spec).toContain('SagaHarness.of(orderDispatch, { now: START }).receive(start())');
      expect(spec).toContain("expect(saga.decisions.map((decision) => decision.outcome)).toEqual(['duplicate-start']);");
      expect(spec).toContain('const saga = started().fireTimeout();');

      const requested = tree.readText(`${ROOT}/domain/events/order-dispatch-requested.event.ts`);
      expect(requested).toContain("static readonly eventName = 'dispatch.order-dispatch-requested';");
      expect(requested).toContain('super(payload.orderDispatchId, payload, metadata);');
      expect(tree.exists(`${ROOT}/domain/events/order-dispatch-requested.event.spec.ts`)).toBe(true);
      expect(tree.exists(`${ROOT}/domain/.gitkeep`)).toBe(false);
      expect(tree.exists(`${ROOT}/application/.gitkeep`)).toBe(false);
    });

    it("wires its handler into the module's sagas, lists its id in order, and creates the context's saga tables", async () => {
      const tree = await project();
      await generate(tree, 'order-dispatch', 'dispatch');
      const module = tree.readText(`${ROOT}/dispatch.module.ts`);
      expect(module).toContain("import { OrderDispatchSaga } from './application/order-dispatch/order-dispatch.handler';");
      expect(module).toContain('const sagas = [OrderDispatchSaga];');
      expect(module).toContain('providers: [...sagas],');
      expect(tree.readText(IDS)).toBe(
        'accounts.close-account-on-user-banned\ndispatch.order-dispatch-saga\nshipping.create-shipment-on-order-placed\n',
      );
      const [migration] = sagaMigrations(tree);
      expect(migration).toMatch(/^\d{13}-CreateDispatchSagas\.ts$/);
      const timestamp = migration.slice(0, 13);
      const source = tree.readText(`migrations/dispatch/${migration}`);
      expect(source).toContain(`export class CreateDispatchSagas${timestamp} implements MigrationInterface {`);
      expect(source).toContain("await createSagaTables(queryRunner, 'dispatch');");
      expect(source).toContain("await dropSagaTables(queryRunner, 'dispatch');");
    });

    it('adds a second saga beside the first, sharing the saga tables: no second migration', async () => {
      const tree = await project();
      await generate(tree, 'order-dispatch', 'dispatch');
      await generate(tree, 'order-return', 'dispatch');
      expect(tree.readText(`${ROOT}/dispatch.module.ts`)).toContain('const sagas = [OrderDispatchSaga, OrderReturnSaga];');
      expect(sagaMigrations(tree)).toHaveLength(1);
    });

    it('writes no migration when one the context already has creates its saga tables, whatever its name', async () => {
      const tree = await project();
      tree.create(
        'migrations/dispatch/1796640000000-HandWritten.ts',
        "export class HandWritten {\n  async up(queryRunner: QueryRunner) {\n    await createSagaTables(queryRunner, 'dispatch');\n  }\n}\n",
      );
      await generate(tree, 'order-dispatch', 'dispatch');
      expect(sagaMigrations(tree)).toEqual([]);
    });

    it("writes one when the only saga tables are another context's", async () => {
      const tree = await project();
      tree.create('migrations/ordering/1796640000000-CreateOrderingSagas.ts', "await createSagaTables(queryRunner, 'ordering');\n");
      await generate(tree, 'order-dispatch', 'dispatch');
      expect(sagaMigrations(tree)).toHaveLength(1);
    });
  });

  describe('<context>.<name> <context>.<event>: started by that event', () => {
    it("starts on another context's contract, keyed by the payload field its constructor is keyed by", async () => {
      const tree = await project();
      await generate(tree, 'dispatch.order-dispatch', 'ordering.order-placed');
      const definition = tree.readText(`${DIR}/order-dispatch.saga.ts`);
      expect(definition).toContain("import { OrderPlacedContract } from '../../../ordering/contracts';");
      expect(definition).toContain('export interface OrderDispatchData {\n  orderId: string;\n}');
      expect(definition).toContain(
        '  starts: on(OrderPlacedContract, {\n    key: (event) => `order:${event.payload.orderId}`,\n' +
          "    state: 'in_progress',\n    data: (event) => ({ orderId: event.payload.orderId }),",
      );
      expect(definition).toContain('one per orderId, started by ordering.order-placed:');
      expect(tree.readText(`${DIR}/order-dispatch.saga.spec.ts`)).toContain(
        "const start = () => new OrderPlacedContract({ orderId: SUBJECT } as OrderPlacedContract['payload']);",
      );
      expect(tree.getDir(`${ROOT}/domain/events`).subfiles).toEqual([]);
      expect(tree.readText(IDS)).toContain('dispatch.order-dispatch-saga\n');
      expect(sagaMigrations(tree)).toHaveLength(1);
    });

    it('starts on an internal event of its own context, imported from domain/events', async () => {
      const tree = await project();
      await event({ name: 'parcel-received', path: 'dispatch' })(tree, schematicContext);
      await generate(tree, 'dispatch.parcel-return', 'dispatch.parcel-received');
      const definition = tree.readText(`${ROOT}/application/parcel-return/parcel-return.saga.ts`);
      expect(definition).toContain("import { ParcelReceived } from '../../domain/events/parcel-received.event';");
      expect(definition).toContain('    key: (event) => `parcel:${event.payload.parcelId}`,');
    });

    it('names a multi-word key field in kebab-case in its keys', async () => {
      const tree = await project();
      tree.create(
        `${ROOT}/domain/events/stock-item-counted.event.ts`,
        'export class StockItemCounted extends DomainEvent<P> {\n  constructor(payload: P) {\n    super(payload.stockItemId, payload);\n  }\n}\n',
      );
      await generate(tree, 'dispatch.recount', 'dispatch.stock-item-counted');
      expect(tree.readText(`${ROOT}/application/recount/recount.saga.ts`)).toContain(
        'key: (event) => `stock-item:${event.payload.stockItemId}`,',
      );
    });
  });

  it.each([
    ['order-dispatch', undefined, /name the saga and its context/],
    ['order-dispatch', 'fulfilment', /there is no context fulfilment/],
    ['OrderDispatch', 'dispatch', /saga "OrderDispatch" must be kebab-case/],
    ['order-saga', 'dispatch', /name the process, not the pattern: "order-saga"/],
    ['order-dispatch', 'ordering.order-placed', /to start a saga on ordering.order-placed, name it <context>.<name>/],
    ['dispatch.order-dispatch', 'ordering', /name the event that starts it as <context>.<event>/],
    ['dispatch.order-dispatch', 'ordering.order-shipped', /ordering publishes no order-shipped/],
    ['ordering.order-audit', 'ordering.order-placed', /ordering.order-placed is published: ordering reacts to its own events inside/],
    [
      'dispatch.order-dispatch',
      'dispatch.order-packed',
      /dispatch has no internal event order-packed \(nest g event order-packed dispatch\)/,
    ],
    ['dispatch.a.b', 'ordering.order-placed', /name the saga and its context/],
  ])('refuses %s %s, writing nothing', async (name, path, message) => {
    const tree = await project();
    await expect(saga({ name, path: path as string })(tree, schematicContext)).rejects.toThrow(message);
    expect(tree.readText(IDS)).toBe(LISTED);
    expect(tree.exists(`${ROOT}/application/.gitkeep`)).toBe(true);
    expect(tree.getDir('migrations/dispatch').subfiles).toHaveLength(1);
  });

  it('refuses a contract keyed by no payload field: there would be nothing to key the saga by', async () => {
    const tree = await project();
    tree.overwrite(
      'src/contexts/ordering/contracts/order-placed.contract.ts',
      'export class OrderPlacedContract extends DomainEvent<P> {\n  constructor(payload: P) {\n    super(newId(), payload);\n  }\n}\n',
    );
    await expect(generate(tree, 'dispatch.order-dispatch', 'ordering.order-placed')).rejects.toThrow(
      /ordering.order-placed is keyed by no payload field \(its constructor calls no super\(payload.<field>, …\)\)/,
    );
    expect(tree.getDir(DIR).subfiles).toEqual([]);
  });

  it('refuses a saga whose folder exists, writing nothing', async () => {
    const tree = await project();
    await generate(tree, 'order-dispatch', 'dispatch');
    const module = tree.readText(`${ROOT}/dispatch.module.ts`);
    const ids = tree.readText(IDS);
    for (const [name, path] of [
      ['order-dispatch', 'dispatch'],
      ['dispatch.order-dispatch', 'ordering.order-placed'],
    ]) {
      await expect(generate(tree, name, path)).rejects.toThrow(
        /saga dispatch.order-dispatch already exists \(src\/contexts\/dispatch\/application\/order-dispatch\); nothing was written/,
      );
    }
    expect(tree.readText(`${ROOT}/dispatch.module.ts`)).toBe(module);
    expect(tree.readText(IDS)).toBe(ids);
  });

  it('refuses a start event <name>-requested that exists already, pointing at the form that starts on it', async () => {
    const tree = await project();
    await event({ name: 'order-dispatch-requested', path: 'dispatch' })(tree, schematicContext);
    await expect(generate(tree, 'order-dispatch', 'dispatch')).rejects.toThrow(
      'the event dispatch.order-dispatch-requested already exists: start the saga on it with ' +
        'nest g saga dispatch.order-dispatch dispatch.order-dispatch-requested; nothing was written',
    );
    expect(tree.getDir(DIR).subfiles).toEqual([]);
  });

  it('refuses an id the list already holds, writing nothing', async () => {
    const tree = await project();
    tree.overwrite(IDS, 'dispatch.order-dispatch-saga\n');
    await expect(generate(tree, 'order-dispatch', 'dispatch')).rejects.toThrow(
      /dispatch.order-dispatch-saga already exists.*nothing was written/,
    );
    expect(tree.getDir(DIR).subfiles).toEqual([]);
    expect(tree.getDir(`${ROOT}/domain/events`).subfiles).toEqual([]);
  });
});
