import { DomainEvent, EventMetadata } from '../domain-event';
import { UnavailableCurrencies } from '../unavailable-currencies';
import { InMemoryUnavailableCurrencies } from './in-memory-unavailable-currencies';

type Announcement = DomainEvent<{ code: string }>;

/** One context's reaction to a Reference currency announcement, as its spec names it. */
export interface CurrencyReactionContract<E extends Announcement> {
  /** What the reaction declares (`eventHandlerOf`), to match the stable id and the announcement it subscribes to. */
  declared: unknown;
  id: string;
  announcement: { readonly eventName: string; new (payload: { code: string }, metadata?: Partial<EventMetadata>): E };
  react(store: UnavailableCurrencies): { handle(event: E): Promise<void> };
  /** What the announcement makes of the currency. */
  leaves: 'unavailable' | 'available';
}

/**
 * What every such reaction does: hand the announced code and the event's sequence to the context's record. How
 * the record orders announcements is the record's own spec. Call it inside a `describe`.
 */
export function describeCurrencyReaction<E extends Announcement>(contract: CurrencyReactionContract<E>): void {
  const refuses = contract.leaves === 'unavailable';

  it(`subscribes to ${contract.announcement.eventName} under its stable id`, () => {
    expect(contract.declared).toEqual({ id: contract.id, events: [contract.announcement] });
  });

  it(`marks the announced currency ${contract.leaves} at the announcement's sequence`, async () => {
    const unavailable = new InMemoryUnavailableCurrencies();
    await (refuses ? unavailable.markAvailable('EUR', 6) : unavailable.markUnavailable('EUR', 6));
    const mark = jest.spyOn(unavailable, refuses ? 'markUnavailable' : 'markAvailable');

    await contract.react(unavailable).handle(new contract.announcement({ code: 'EUR' }, { sequence: 7 }));

    expect(mark).toHaveBeenCalledWith('EUR', 7);
    expect(await unavailable.isUnavailable('EUR')).toBe(refuses);
  });
}
