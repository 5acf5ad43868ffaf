import { INestApplicationContext, Injectable, Module } from '@nestjs/common';
import { ModuleRef, NestFactory } from '@nestjs/core';
import { Command, CommandHandler, EventBus, ICommandHandler } from '@nestjs/cqrs';
import { Currency, DomainEvent, EventMetadata } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { Order } from '../../src/contexts/ordering/domain/order/order.aggregate';
import { ORDER_REPOSITORY, OrderRepository } from '../../src/contexts/ordering/domain/order/order.repository';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { TEST_JWT_SECRET } from '../support/test-app';

/**
 * Pins how the framework plugs into @nestjs/cqrs, so a library upgrade that changes it fails here:
 * TransactionalCommandBus runs each command in one unit of work, and the EventBus's publisher
 * (CqrsModuleOptions.eventPublisher) writes to the outbox in that same transaction.
 */

class ProbeNoted extends DomainEvent<{ note: string }> {
  static readonly eventName = 'probe.noted';
  static readonly eventVersion = 1;
  constructor(aggregateId: string, payload: { note: string }, metadata?: Partial<EventMetadata>) {
    super(aggregateId, payload, metadata);
  }
}

/** Saves a new order, publishes an event about it, then fails if asked to: the order's id is known before it runs. */
class SaveOrderAndNote extends Command<void> {
  constructor(
    readonly order: Order,
    readonly failAfterSaving = false,
  ) {
    super();
  }
}

/** Sends SaveOrderAndNote from inside a command, then fails. */
class SaveThenFailOutside extends Command<void> {
  constructor(readonly order: Order) {
    super();
  }
}

@Injectable()
@CommandHandler(SaveOrderAndNote)
class SaveOrderAndNoteHandler implements ICommandHandler<SaveOrderAndNote> {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly events: EventBus,
  ) {}

  async execute({ order, failAfterSaving }: SaveOrderAndNote): Promise<void> {
    await this.moduleRef.get<OrderRepository>(ORDER_REPOSITORY, { strict: false }).save(order);
    this.events.publish(new ProbeNoted(order.id, { note: 'saved' }));
    if (failAfterSaving) throw new Error('refused after saving');
  }
}

@Injectable()
@CommandHandler(SaveThenFailOutside)
class SaveThenFailOutsideHandler implements ICommandHandler<SaveThenFailOutside> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  async execute({ order }: SaveThenFailOutside): Promise<void> {
    await this.commands.execute(new SaveOrderAndNote(order));
    throw new Error('refused after the inner command');
  }
}

@Module({ providers: [SaveOrderAndNoteHandler, SaveThenFailOutsideHandler] })
class ProbeModule {}

@Module({ imports: [AppModule, ProbeModule] })
class AppWithProbes {}

describe('commands and events through @nestjs/cqrs, on the real PostgreSQL', () => {
  let database: FreshDatabase;
  let app: INestApplicationContext;
  let commands: TransactionalCommandBus;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createFreshDatabase();
    const saved = { ...process.env };
    Object.assign(process.env, { LOG_LEVEL: 'silent', DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto', JWT_SECRET: TEST_JWT_SECRET });
    try {
      app = await NestFactory.createApplicationContext(AppWithProbes, { logger: false });
    } finally {
      process.env = saved;
    }
    commands = app.get(TransactionalCommandBus);
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const newOrder = () => Order.create('0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', Currency.of('EUR'));
  const stored = async (orderId: string) => ({
    orders: (await dataSource.query(`SELECT id FROM ordering.orders WHERE id = $1`, [orderId])).length,
    outbox: (await dataSource.query(`SELECT event_name FROM messaging.outbox WHERE aggregate_id = $1`, [orderId])).map(
      (row: { event_name: string }) => row.event_name,
    ),
  });

  it('commits the saved aggregate and the event published with eventBus.publish together', async () => {
    const order = newOrder();
    await commands.execute(new SaveOrderAndNote(order));
    expect(await stored(order.id)).toEqual({ orders: 1, outbox: [ProbeNoted.eventName] });
  });

  it('leaves neither the aggregate nor the event when the command throws after saving', async () => {
    const order = newOrder();
    await expect(commands.execute(new SaveOrderAndNote(order, true))).rejects.toThrow('refused after saving');
    expect(await stored(order.id)).toEqual({ orders: 0, outbox: [] });
  });

  it("runs a command sent from inside a command in the same transaction: the outer one's failure undoes the inner one", async () => {
    const order = newOrder();
    await expect(commands.execute(new SaveThenFailOutside(order))).rejects.toThrow('refused after the inner command');
    expect(await stored(order.id)).toEqual({ orders: 0, outbox: [] });
  });

  it('refuses eventBus.publish outside a command, so no event is silently dropped or handled on the spot', () => {
    expect(() => app.get(EventBus).publish(new ProbeNoted(newOrder().id, { note: 'stray' }))).toThrow(
      'events can only be recorded inside a unit of work',
    );
  });
});
