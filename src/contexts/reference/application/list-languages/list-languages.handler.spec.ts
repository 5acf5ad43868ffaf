import { referenceCatalogFromSources } from '../../infrastructure/testing/reference-catalog-from-sources';
import { ListLanguages } from './list-languages.query';
import { ListLanguagesHandler } from './list-languages.handler';

describe('ListLanguagesHandler', () => {
  const handler = new ListLanguagesHandler(referenceCatalogFromSources());

  it('lists the 183 ISO 639-1 languages', async () => {
    expect(await handler.execute(new ListLanguages())).toHaveLength(183);
  });

  it('finds languages by their English or native name, whatever the case and accents', async () => {
    expect((await handler.execute(new ListLanguages('deutsch'))).map((language) => language.code)).toEqual(['de']);
    expect((await handler.execute(new ListLanguages('FRANCAIS'))).map((language) => language.code)).toEqual(['fr']);
    expect((await handler.execute(new ListLanguages('german'))).map((language) => language.code)).toContain('de');
  });
});
