import { Provider } from '@nestjs/common';
import { UNAVAILABLE_CURRENCIES, UnavailableCurrencies } from '@promenade/ddd';
import { UnitOfWork } from './unit-of-work';

/**
 * A context's `<schema>.unavailable_currencies` (its own migration creates it): per currency Reference announced,
 * whether it is refused and the sequence of that announcement. A currency made available again keeps its row
 * (refused = false), so a late, older deactivation cannot win over it. Plain SQL: the guarded upsert is one
 * atomic statement.
 */
export class UnavailableCurrenciesTypeOrmStore implements UnavailableCurrencies {
  /** The context's store as its module provides it, e.g. `UnavailableCurrenciesTypeOrmStore.in('ordering')`. */
  static in(schema: string): Provider {
    return {
      provide: UNAVAILABLE_CURRENCIES,
      useFactory: (uow: UnitOfWork) => new UnavailableCurrenciesTypeOrmStore(uow, schema),
      inject: [UnitOfWork],
    };
  }

  private readonly table: string;

  constructor(
    private readonly uow: UnitOfWork,
    schema: string,
  ) {
    // Written into the SQL, never a parameter: only a plain schema name may get there.
    if (!/^[a-z_]+$/.test(schema)) throw new Error(`"${schema}" is not a schema name`);
    this.table = `${schema}.unavailable_currencies`;
  }

  async isUnavailable(currency: string): Promise<boolean> {
    const rows: unknown[] = await this.uow.manager.query(`SELECT 1 FROM ${this.table} WHERE code = $1 AND refused`, [currency]);
    return rows.length > 0;
  }

  markUnavailable(currency: string, sequence: number): Promise<void> {
    return this.record(currency, true, sequence);
  }

  markAvailable(currency: string, sequence: number): Promise<void> {
    return this.record(currency, false, sequence);
  }

  private async record(currency: string, refused: boolean, sequence: number): Promise<void> {
    await this.uow.manager.query(
      `INSERT INTO ${this.table} (code, refused, sequence) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO UPDATE SET refused = EXCLUDED.refused, sequence = EXCLUDED.sequence, changed_at = now()
       WHERE unavailable_currencies.sequence < EXCLUDED.sequence`,
      [currency, refused, sequence],
    );
  }
}
