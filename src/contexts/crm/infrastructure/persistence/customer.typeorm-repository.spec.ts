import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { Email, Money } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import { DataSource } from 'typeorm';
import { CreateCrmSchema1795250643393 } from '../../../../../migrations/crm/1795250643393-CreateCrmSchema';
import { CreateCustomers1795250644308 } from '../../../../../migrations/crm/1795250644308-CreateCustomers';
import { RecordCustomerOrders1796700001600 } from '../../../../../migrations/crm/1796700001600-RecordCustomerOrders';
import { newCustomer, REP, USER } from '../../application/testing/customer-fixtures';
import { Customer } from '../../domain/customer/customer.aggregate';
import { CustomerEmailTaken } from '../../domain/customer/customer.errors';
import { NEWEST_FIRST } from '../../domain/customer/customer.repository';
import { CustomerModel } from './customer.model';
import { CustomerTypeOrmRepository } from './customer.typeorm-repository';

/** The customers table exactly as the migrations make it, in an in-memory PostgreSQL. */
describe('CustomerTypeOrmRepository on PostgreSQL (PGlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'promenade-customers-'));
  let db: PGlite;
  let server: PGLiteSocketServer;
  let dataSource: DataSource;
  let customers: CustomerTypeOrmRepository;

  beforeAll(async () => {
    db = new PGlite();
    server = new PGLiteSocketServer({ db, path: join(dir, '.s.PGSQL.5432') });
    await server.start();
    dataSource = new DataSource({
      type: 'postgres',
      host: dir,
      port: 5432,
      username: 'postgres',
      database: 'postgres',
      entities: [CustomerModel],
      extra: { max: 1 },
    });
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    await new CreateCrmSchema1795250643393().up(runner);
    await new CreateCustomers1795250644308().up(runner);
    await new RecordCustomerOrders1796700001600().up(runner);
    await runner.release();
    // No transaction or outbox here: the statements run as they come, the events are dropped.
    const uow = {
      manager: dataSource.manager,
      run: (work: () => Promise<unknown>) => work(),
      record: () => undefined,
    } as unknown as UnitOfWork;
    customers = new CustomerTypeOrmRepository(uow);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await server?.stop();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => dataSource.query('DELETE FROM crm.customers'));

  it('stores and reads back every field', async () => {
    const created = Customer.create(newCustomer({ phone: '+1 555 0100', tags: ['vip', 'b2b'], userId: USER }));
    created.qualify();
    created.convert();
    created.recordOrderPlaced(new Date('2026-03-01T10:00:00.000Z'));
    created.recordOrderDelivered(Money.of(4999, 'GBP'), new Date('2026-03-03T10:00:00.000Z'));
    created.recordOrderDelivered(Money.of(1250, 'EUR'), new Date('2026-03-04T10:00:00.000Z'));
    created.churn('too expensive');
    await customers.save(created);

    const read = await customers.getById(created.id, REP);

    expect(read).toMatchObject({
      name: 'Ada Lovelace',
      phone: '+1 555 0100',
      tags: ['vip', 'b2b'],
      userId: USER,
      status: 'churned',
      churnReason: 'too expensive',
      orderCount: 1,
      lastOrderAt: new Date('2026-03-01T10:00:00.000Z'),
      deliveredOrderCount: 2,
      version: 1,
    });
    expect(read.email.value).toBe('ada@example.com');
    expect(read.lifetimeValue.amounts.map((sum) => sum.toJSON())).toEqual([
      { amount: 1250, currency: 'EUR' },
      { amount: 4999, currency: 'GBP' },
    ]);
  });

  it('turns the partial unique index on the email into CUSTOMER_EMAIL_TAKEN when a racing save passed the check', async () => {
    await customers.save(Customer.create(newCustomer()));

    await expect(customers.save(Customer.create(newCustomer({ email: Email.of('ADA@example.com') })))).rejects.toBeInstanceOf(
      CustomerEmailTaken,
    );
  });

  it('frees the email of a deleted customer', async () => {
    const first = Customer.create(newCustomer());
    await customers.save(first);
    first.delete();
    await customers.save(first);

    await customers.save(Customer.create(newCustomer()));

    expect((await customers.findLiveByEmail(Email.of('ada@example.com')))?.id).not.toBe(first.id);
    expect(await customers.findLinkedToUser(USER)).toBeNull();
  });

  it('filters on a tag and a search with LIKE wildcards taken literally, and sorts tiers by rank', async () => {
    const pro = Customer.create(newCustomer({ name: '100% Pro', email: Email.of('p@example.com'), tags: ['vip'] }));
    pro.upgrade('pro');
    const basic = Customer.create(newCustomer({ name: 'Basic', email: Email.of('b@example.com'), tags: ['vip'] }));
    basic.upgrade('basic');
    const free = Customer.create(newCustomer({ name: 'Free', email: Email.of('f@example.com') }));
    for (const customer of [pro, basic, free]) await customers.save(customer);

    const byTier = await customers.findPage({}, { field: 'tier', direction: 'desc' }, 0, 10);
    const tagged = await customers.findPage({ tag: 'vip' }, NEWEST_FIRST, 0, 10);
    const percent = await customers.findPage({ search: '0%' }, NEWEST_FIRST, 0, 10);

    expect(byTier.items.map((c) => c.id)).toEqual([pro.id, basic.id, free.id]);
    expect(tagged.items.map((c) => c.id).sort()).toEqual([pro.id, basic.id].sort());
    expect(percent.items.map((c) => c.id)).toEqual([pro.id]);
  });
});
