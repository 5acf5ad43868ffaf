import { installedVersions } from '../../infrastructure/persistence/source-packages';
import { referenceCatalogFromSources } from '../../infrastructure/testing/reference-catalog-from-sources';
import { GetDataset } from './get-dataset.query';
import { GetDatasetHandler } from './get-dataset.handler';

describe('GetDatasetHandler', () => {
  it('answers each source package with its version and when it was loaded, and the row counts', async () => {
    const dataset = await new GetDatasetHandler(referenceCatalogFromSources()).execute(new GetDataset());
    expect(dataset.sources).toContainEqual({
      package: 'world-countries',
      version: installedVersions()['world-countries'],
      loadedAt: expect.any(String),
    });
    expect(dataset.counts).toEqual({ countries: 249, currencies: expect.any(Number), languages: 183, timezones: 318 });
  });
});
