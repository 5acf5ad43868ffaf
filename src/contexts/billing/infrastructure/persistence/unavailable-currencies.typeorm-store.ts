import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@promenade/persistence';
import { UnavailableCurrencies } from '../../domain/unavailable-currencies';

/**
 * `billing.unavailable_currencies`: per currency Reference announced, whether it is refused and the sequence
 * of that announcement. A currency made available again keeps its row (refused = false), so a late, older
 * deactivation cannot win over it. Plain SQL: the guarded upsert is one atomic statement.
 */
@Injectable()
export class UnavailableCurrenciesTypeOrmStore implements UnavailableCurrencies {
  constructor(private readonly uow: UnitOfWork) {}

  async isUnavailable(currency: string): Promise<boolean> {
    const rows: unknown[] = await this.uow.manager.query(`SELECT 1 FROM billing.unavailable_currencies WHERE code = $1 AND refused`, [
      currency,
    ]);
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
      `INSERT INTO billing.unavailable_currencies (code, refused, sequence) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO UPDATE SET refused = EXCLUDED.refused, sequence = EXCLUDED.sequence, changed_at = now()
       WHERE unavailable_currencies.sequence < EXCLUDED.sequence`,
      [currency, refused, sequence],
    );
  }
}
