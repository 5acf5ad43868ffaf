import { requestFingerprint } from './request-fingerprint';

describe('requestFingerprint', () => {
  const body = { currency: 'EUR', lines: [{ sku: 'A', unitPrice: { amount: 1, currency: 'EUR' } }] };
  const fingerprint = requestFingerprint('POST', '/api/v1/ordering/orders', body);

  it('is the same for the same body with its object keys in any order, at any depth', () => {
    expect(
      requestFingerprint('POST', '/api/v1/ordering/orders', {
        lines: [{ unitPrice: { currency: 'EUR', amount: 1 }, sku: 'A' }],
        currency: 'EUR',
      }),
    ).toBe(fingerprint);
  });

  it.each([
    ['method', () => requestFingerprint('PATCH', '/api/v1/ordering/orders', body)],
    ['path', () => requestFingerprint('POST', '/api/v1/ordering/orders/1/lines', body)],
    ['query', () => requestFingerprint('POST', '/api/v1/ordering/orders?x=1', body)],
    ['value', () => requestFingerprint('POST', '/api/v1/ordering/orders', { ...body, currency: 'USD' })],
    [
      'array order',
      () => requestFingerprint('POST', '/api/v1/ordering/orders', { ...body, lines: [...body.lines, { sku: 'B' }].reverse() }),
    ],
    ['missing body', () => requestFingerprint('POST', '/api/v1/ordering/orders', undefined)],
  ])('differs when the %s differs', (_, other) => {
    expect(other()).not.toBe(fingerprint);
  });

  it('tells no body from an empty object', () => {
    expect(requestFingerprint('POST', '/x', undefined)).not.toBe(requestFingerprint('POST', '/x', {}));
  });
});
