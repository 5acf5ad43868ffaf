import { WarehouseCode } from './warehouse-code';

describe('WarehouseCode', () => {
  it('is trimmed and upper-cased', () => {
    expect(WarehouseCode.of(' kbp-1 ').value).toBe('KBP-1');
    expect(WarehouseCode.of('7').value).toBe('7');
    expect(WarehouseCode.of('A'.repeat(16)).value).toHaveLength(16);
  });

  it.each([[''], ['-KBP'], ['KBP_1'], ['KBP.1'], ['KBP 1'], ['A'.repeat(17)]])('refuses %j with WAREHOUSE_CODE_INVALID', (raw) => {
    expect(() => WarehouseCode.of(raw)).toThrow(expect.objectContaining({ code: 'WAREHOUSE_CODE_INVALID', kind: 'invalid' }));
  });
});
