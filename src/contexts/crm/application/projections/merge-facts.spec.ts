import { mergeFacts } from './merge-facts';

describe('mergeFacts', () => {
  it('starts a row from the facts an event states, leaving out the ones it does not', () => {
    expect(mergeFacts(undefined, 2, { status: 'prospect', tier: undefined, assignedTo: null })).toEqual({
      sequence: 2,
      facts: { status: 'prospect' },
    });
  });

  it('lets a newer event replace the facts it states', () => {
    expect(mergeFacts({ sequence: 1, facts: { status: 'lead', tier: 'free' } }, 2, { status: 'prospect' })).toEqual({
      sequence: 2,
      facts: { status: 'prospect', tier: 'free' },
    });
  });

  it('lets an older or repeated event only fill in facts the row does not know', () => {
    const row = { sequence: 3, facts: { status: 'customer' } as { status?: string; tier?: string } };

    expect(mergeFacts(row, 1, { status: 'lead', tier: 'free' })).toEqual({ sequence: 3, facts: { status: 'customer', tier: 'free' } });
    expect(mergeFacts(row, 3, { status: 'lead' })).toEqual(row);
  });
});
