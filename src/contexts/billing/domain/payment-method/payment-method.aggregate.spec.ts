import { PaymentMethod } from './payment-method.aggregate';

const NOW = new Date('2026-01-01T00:00:00Z');
const create = (token: string, label = 'Visa ending 4242') =>
  PaymentMethod.create({ customerId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', provider: 'sandbox', token, label }, NOW);

describe('PaymentMethod', () => {
  it('keeps the provider token and a trimmed label', () => {
    const method = create('pm_card_ok', '  Work card ');
    expect(method.snapshot()).toMatchObject({ provider: 'sandbox', token: 'pm_card_ok', label: 'Work card', deletedAt: null });
  });

  it.each(['4242424242424242', 'pm_4242 4242 4242 4242', 'x', 'pm card', ''])(
    'refuses %j as a token: card numbers and non-tokens',
    (token) => {
      expect(() => create(token)).toThrow(expect.objectContaining({ code: 'PAYMENT_METHOD_INVALID' }));
    },
  );

  it.each(['', '   ', 'x'.repeat(101), 'card 4242-4242-4242-4242'])('refuses %j as a label', (label) => {
    expect(() => create('pm_card_ok', label)).toThrow(expect.objectContaining({ code: 'PAYMENT_METHOD_INVALID' }));
  });

  it('is deleted once: a second delete keeps the first time', () => {
    const method = create('pm_card_ok');
    method.delete(NOW);
    method.delete(new Date('2026-02-01T00:00:00Z'));
    expect(method.deletedAt).toEqual(NOW);
  });

  it('is restored from its snapshot as stored', () => {
    const state = create('pm_card_ok').snapshot();
    expect(PaymentMethod.restore(state).snapshot()).toEqual(state);
  });
});
