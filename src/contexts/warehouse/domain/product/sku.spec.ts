import { Sku } from './sku';

describe('Sku', () => {
  it('is trimmed and upper-cased, so one SKU is one product whatever the case typed', () => {
    expect(Sku.of('  kb-001.blue_2 ').value).toBe('KB-001.BLUE_2');
    expect(Sku.of('kb-001').equals(Sku.of('KB-001'))).toBe(true);
  });

  it('takes 1 to 64 characters', () => {
    expect(Sku.of('A').value).toBe('A');
    expect(Sku.of('X'.repeat(64)).value).toHaveLength(64);
  });

  it.each([[''], ['   '], ['X'.repeat(65)], ['KB 001'], ['KB/001'], ['КБ-1'], ['KB#1']])('refuses %j with SKU_INVALID', (raw) => {
    expect(() => Sku.of(raw)).toThrow(expect.objectContaining({ code: 'SKU_INVALID', kind: 'invalid' }));
  });
});
