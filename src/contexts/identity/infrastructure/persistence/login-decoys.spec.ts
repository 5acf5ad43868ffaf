import { Email } from '@promenade/ddd';
import { LOGIN_DECOY_SLOTS, LoginDecoySlots } from './login-decoys';

const SECRET = 'a deployment secret of at least 32 characters';

describe('LoginDecoySlots', () => {
  const slots = new LoginDecoySlots(SECRET);
  const addresses = Array.from({ length: 2000 }, (_, i) => Email.of(`nobody-${i}@example.com`));

  it('gives an address one slot: every time, in every spelling of it, on every instance with the same secret', () => {
    const slot = slots.of(Email.of('Jose\u0301@Example.com'));

    expect(slots.of(Email.of('jos\u00e9@example.com'))).toBe(slot);
    expect(slots.of(Email.of('JOSE\u0301@EXAMPLE.COM'))).toBe(slot);
    expect(new LoginDecoySlots(SECRET).of(Email.of('jos\u00e9@example.com'))).toBe(slot);
    expect(addresses.map((email) => new LoginDecoySlots(SECRET).of(email))).toEqual(addresses.map((email) => slots.of(email)));
  });

  it('spreads addresses over all the slots, in a layout another secret does not share', () => {
    const layout = addresses.map((email) => slots.of(email));
    const other = addresses.map((email) => new LoginDecoySlots(`${SECRET}, another`).of(email));

    expect(layout.every((slot) => Number.isInteger(slot) && slot >= 0 && slot < LOGIN_DECOY_SLOTS)).toBe(true);
    // 2000 addresses in 4096 slots: about 1600 distinct if the hash is uniform, far fewer if it clusters.
    expect(new Set(layout).size).toBeGreaterThan(1500);
    expect(layout.filter((slot, i) => slot === other[i]).length).toBeLessThan(10);
  });

  it('puts a malformed address (no normal form, no account) in any slot, not all of them in one', () => {
    const malformed = Array.from({ length: 200 }, () => slots.of(undefined));

    expect(malformed.every((slot) => Number.isInteger(slot) && slot >= 0 && slot < LOGIN_DECOY_SLOTS)).toBe(true);
    expect(new Set(malformed).size).toBeGreaterThan(1);
  });
});
