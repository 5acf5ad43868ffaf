import { ValueObject } from '@promenade/ddd';
import { DunningPolicyInvalid } from './subscription.errors';

/** What a past-due subscription becomes once its last retry failed. */
export const DUNNING_FINAL_STATUSES = ['canceled', 'unpaid'] as const;
export type DunningFinalStatus = (typeof DUNNING_FINAL_STATUSES)[number];

const DAY_MS = 86_400_000;

/**
 * When a failed charge is retried: on each of `retryDays`, counted in days from the first failed charge (`1,3,5`:
 * a day, three days and five days after it), and what the subscription becomes after the last one failed.
 */
export class DunningPolicy extends ValueObject<{ retryDays: readonly number[]; finalStatus: DunningFinalStatus }> {
  /** `retryDays` as configured: whole days, at least one, each after the one before. Throws DunningPolicyInvalid. */
  static of(retryDays: readonly number[], finalStatus: DunningFinalStatus): DunningPolicy {
    const ascending = retryDays.every((day, index) => Number.isInteger(day) && day > (index === 0 ? 0 : retryDays[index - 1]));
    if (retryDays.length === 0 || !ascending) {
      throw new DunningPolicyInvalid(`retry days must be whole days above zero, each after the one before; got ${retryDays.join(',')}`);
    }
    return new DunningPolicy({ retryDays: [...retryDays], finalStatus });
  }

  /** The configured text (`1,3,5`), as BILLING_DUNNING_DAYS holds it. */
  static parse(retryDays: string, finalStatus: DunningFinalStatus): DunningPolicy {
    return DunningPolicy.of(retryDays.split(',').map(Number), finalStatus);
  }

  get finalStatus(): DunningFinalStatus {
    return this.props.finalStatus;
  }

  /** When retry `attempt` (1 for the first) is due, or null when the schedule has no such retry. */
  retryAt(attempt: number, pastDueSince: Date): Date | null {
    const days = this.props.retryDays[attempt - 1];
    return days === undefined ? null : new Date(pastDueSince.getTime() + days * DAY_MS);
  }
}
