import { AggregateRoot, ConcurrencyConflict } from '@promenade/ddd';
import { EntityTarget, FindOptionsWhere, Repository } from 'typeorm';
import { UnitOfWork } from './unit-of-work';
import { VersionedModel } from './versioned.model';

/** Translates between an aggregate and its persistence model; one per aggregate. */
export interface AggregateMapper<A extends AggregateRoot, M extends VersionedModel> {
  toDomain(model: M): A;
  toModel(aggregate: A): M;
}

/**
 * The one save path for aggregates: insert at version 1, or update only if the stored version is
 * still the one read (else ConcurrencyConflict, a 409), and hand the raised events to the unit of
 * work, all in the command's transaction.
 */
export abstract class TypeOrmAggregateRepository<A extends AggregateRoot, M extends VersionedModel> {
  protected constructor(
    protected readonly uow: UnitOfWork,
    private readonly model: EntityTarget<M>,
    private readonly mapper: AggregateMapper<A, M>,
  ) {}

  protected get models(): Repository<M> {
    return this.uow.manager.getRepository(this.model);
  }

  protected async findById(id: string): Promise<A | null> {
    const found = await this.models.findOneBy({ id } as FindOptionsWhere<M>);
    return found ? this.mapper.toDomain(found) : null;
  }

  /** One page of matches, newest first (ids are UUIDv7), and the real number of matches. */
  protected async findPageWhere(where: FindOptionsWhere<M>, offset: number, limit: number): Promise<{ items: A[]; total: number }> {
    const [rows, total] = await this.models.findAndCount({ where, order: { id: 'DESC' } as never, skip: offset, take: limit });
    return { items: rows.map((row) => this.mapper.toDomain(row)), total };
  }

  async save(aggregate: A): Promise<void> {
    await this.uow.run(async () => {
      const row = this.mapper.toModel(aggregate);
      const nextVersion = aggregate.version + 1;
      row.version = nextVersion;
      // Every saved change stamps updatedAt, by the same clock as the aggregates' own times (createdAt): the
      // database's would be the transaction's start, which can precede a createdAt taken inside it.
      row.updatedAt = new Date();
      if (aggregate.isNew) {
        await this.models.insert(row as never);
      } else {
        const { affected } = await this.models.update(
          { id: aggregate.id, version: aggregate.version } as FindOptionsWhere<M>,
          row as never,
        );
        if (affected !== 1) throw new ConcurrencyConflict(aggregate.constructor.name, aggregate.id, aggregate.version);
      }
      this.uow.record(aggregate.pullEvents());
      aggregate.markPersisted(nextVersion);
    });
  }

  /** Deletes the row for good, only at the version the aggregate was read (else ConcurrencyConflict), and hands over its events. */
  protected async remove(aggregate: A): Promise<void> {
    await this.uow.run(async () => {
      const { affected } = await this.models.delete({ id: aggregate.id, version: aggregate.version } as FindOptionsWhere<M>);
      if (affected !== 1) throw new ConcurrencyConflict(aggregate.constructor.name, aggregate.id, aggregate.version);
      this.uow.record(aggregate.pullEvents());
    });
  }
}
