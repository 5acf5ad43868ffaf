import { installedVersions, SOURCE_PACKAGES } from './source-packages';

describe('source packages', () => {
  it('reads the installed version of each source package', () => {
    const versions = installedVersions();
    expect(Object.keys(versions)).toEqual([...SOURCE_PACKAGES]);
    expect(Object.values(versions).every((version) => /^\d+\.\d+\.\d+/.test(version))).toBe(true);
  });
});
