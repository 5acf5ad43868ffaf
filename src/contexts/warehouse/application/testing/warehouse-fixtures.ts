import { NewWarehouse, Warehouse } from '../../domain/warehouse/warehouse.aggregate';

/** A valid new warehouse's fields: Kyiv Boryspil, in Europe/Kyiv. */
export const newWarehouse = (code = 'KBP-1', more: Partial<NewWarehouse> = {}): NewWarehouse => ({
  code,
  name: 'Kyiv Boryspil',
  address: { line1: 'Kyivskyi Shliakh 2', city: 'Boryspil', postalCode: '08300', region: 'Kyiv Oblast', country: 'UA' },
  timeZone: 'Europe/Kyiv',
  ...more,
});

/** A warehouse as created (version 0, its WarehouseCreated raised), ready to save. */
export const aWarehouse = (code = 'KBP-1', more: Partial<NewWarehouse> = {}): Warehouse => Warehouse.create(newWarehouse(code, more));
