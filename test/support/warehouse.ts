import { CreateWarehouse } from '../../src/contexts/warehouse/application/create-warehouse/create-warehouse.command';

/** An active warehouse for stock tests and benchmarks: only its code matters to stock. */
export const createWarehouse = (code: string): CreateWarehouse =>
  new CreateWarehouse({
    code,
    name: `Warehouse ${code}`,
    address: { line1: 'Main street 1', city: 'Kyiv', postalCode: '01001', country: 'UA' },
    timeZone: 'Europe/Kyiv',
  });
