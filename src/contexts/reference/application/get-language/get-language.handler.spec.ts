import { referenceCatalogFromSources } from '../../infrastructure/testing/reference-catalog-from-sources';
import { GetLanguage } from './get-language.query';
import { GetLanguageHandler } from './get-language.handler';

describe('GetLanguageHandler', () => {
  const handler = new GetLanguageHandler(referenceCatalogFromSources());

  it('finds a language by its code, in any case', async () => {
    await expect(handler.execute(new GetLanguage('DE'))).resolves.toEqual({ code: 'de', name: 'German', nativeName: 'Deutsch' });
  });

  it('refuses an unknown code, and the withdrawn sh, with LANGUAGE_NOT_FOUND', async () => {
    await expect(handler.execute(new GetLanguage('xx'))).rejects.toMatchObject({ code: 'LANGUAGE_NOT_FOUND' });
    await expect(handler.execute(new GetLanguage('sh'))).rejects.toMatchObject({ code: 'LANGUAGE_NOT_FOUND' });
  });
});
