import { createValidationPipe, RequestValidationFailed } from '@promenade/http';
import { CreateContactRequest } from './create-contact.request';
import { UpdateContactRequest } from './update-contact.request';

const pipe = createValidationPipe();
const ADDRESS = { line1: 'Alexanderplatz 1', line2: '3rd floor', city: 'Berlin', postalCode: '10178', region: 'Berlin', country: 'DE' };

/** The fields the pipe refuses, as the 400 answer would list them. */
async function refusedFields(metatype: new () => object, body: object): Promise<string[]> {
  try {
    await pipe.transform(body, { type: 'body', metatype });
    return [];
  } catch (error) {
    if (!(error instanceof RequestValidationFailed)) throw error;
    return [...new Set(error.fieldErrors.map((fieldError) => fieldError.field))].sort();
  }
}

describe('contact requests refuse overlong strings before any work (400)', () => {
  it('accepts every string at its longest', async () => {
    const longest = {
      line1: 'a'.repeat(200),
      line2: 'b'.repeat(200),
      city: 'c'.repeat(100),
      postalCode: '1'.repeat(20),
      region: 'r'.repeat(100),
      country: 'DE',
    };
    expect(await refusedFields(CreateContactRequest, { type: 'address', address: longest })).toEqual([]);
    expect(await refusedFields(CreateContactRequest, { type: 'phone', value: '1'.repeat(320), country: 'DE' })).toEqual([]);
    expect(await refusedFields(UpdateContactRequest, { address: longest })).toEqual([]);
  });

  it('refuses a value over 320 characters and a country over 2, on create and update', async () => {
    const tooLong = { value: 'a'.repeat(321), country: 'DEU' };
    expect(await refusedFields(CreateContactRequest, { type: 'phone', ...tooLong })).toEqual(['country', 'value']);
    expect(await refusedFields(UpdateContactRequest, tooLong)).toEqual(['country', 'value']);
  });

  it('refuses every address line one character over the domain limit, on create and update', async () => {
    const tooLong = {
      line1: 'a'.repeat(201),
      line2: 'b'.repeat(201),
      city: 'c'.repeat(101),
      postalCode: '1'.repeat(21),
      region: 'r'.repeat(101),
      country: 'DEU',
    };
    const fields = ['address.city', 'address.country', 'address.line1', 'address.line2', 'address.postalCode', 'address.region'];
    expect(await refusedFields(CreateContactRequest, { type: 'address', address: tooLong })).toEqual(fields);
    expect(await refusedFields(UpdateContactRequest, { address: tooLong })).toEqual(fields);
  });

  it('still accepts an ordinary address', async () => {
    expect(await refusedFields(CreateContactRequest, { type: 'address', address: ADDRESS })).toEqual([]);
  });
});
