import { newWarehouse } from '../../application/testing/warehouse-fixtures';
import { changedWarehouseFields, warehouseDetails } from './warehouse-details';
import { WarehouseDetailsInvalid } from './warehouse.errors';

const address = newWarehouse().address;

describe('warehouseDetails', () => {
  it('trims the text, drops blank optional lines, upper-cases the country', () => {
    const details = warehouseDetails({
      name: ' Lviv ',
      address: { line1: ' Horodotska 1 ', line2: '  ', city: 'Lviv', postalCode: ' 79000 ', region: null, country: 'ua' },
      timeZone: 'Europe/Kyiv',
    });

    expect(details).toEqual({
      name: 'Lviv',
      address: { line1: 'Horodotska 1', line2: null, city: 'Lviv', postalCode: '79000', region: null, country: 'UA' },
      timeZone: 'Europe/Kyiv',
    });
  });

  it('takes a time zone under any of its names, in any case, as its canonical name', () => {
    expect(warehouseDetails({ name: 'K', address, timeZone: 'europe/kiev' }).timeZone).toBe('Europe/Kyiv');
    expect(warehouseDetails({ name: 'K', address, timeZone: 'UTC' }).timeZone).toBe('Etc/UTC');
    expect(warehouseDetails({ name: 'K', address, timeZone: 'America/Argentina/Buenos_Aires' }).timeZone).toBe(
      'America/Argentina/Buenos_Aires',
    );
  });

  it.each([
    ['a blank name', { name: ' ' }, 'name'],
    ['an unknown country', { address: { ...address, country: 'XX' } }, 'country'],
    ['a country outside ISO 3166-1 (Kosovo)', { address: { ...address, country: 'XK' } }, 'country'],
    ['a three-letter country', { address: { ...address, country: 'UKR' } }, 'country'],
    ['a blank first line', { address: { ...address, line1: '' } }, 'line1'],
    ['a blank city', { address: { ...address, city: ' ' } }, 'city'],
    ['a blank postal code', { address: { ...address, postalCode: '' } }, 'postalCode'],
    ['a postal code over 20 characters', { address: { ...address, postalCode: '1'.repeat(21) } }, 'postalCode'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'time zone'],
  ])('refuses %s with WAREHOUSE_DETAILS_INVALID naming it', (_case, change, named) => {
    expect(() => warehouseDetails({ ...newWarehouse(), ...change })).toThrow(WarehouseDetailsInvalid);
    expect(() => warehouseDetails({ ...newWarehouse(), ...change })).toThrow(named);
  });

  it('names the fields that changed, an address by its lines', () => {
    const before = warehouseDetails(newWarehouse());

    expect(changedWarehouseFields(before, warehouseDetails(newWarehouse()))).toEqual([]);
    expect(changedWarehouseFields(before, warehouseDetails({ ...newWarehouse(), address: { ...address, line2: 'Gate 3' } }))).toEqual([
      'address',
    ]);
    expect(changedWarehouseFields(before, warehouseDetails({ ...newWarehouse(), name: 'B', timeZone: 'Europe/Warsaw' }))).toEqual([
      'name',
      'timeZone',
    ]);
  });
});
