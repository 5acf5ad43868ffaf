import { foldText, matchesSearch } from './text-search';

describe('text search', () => {
  it('folds case and accents', () => {
    expect(foldText("Côte d'Ivoire")).toBe("cote d'ivoire");
    expect(foldText('ZÜRICH')).toBe('zurich');
  });

  it('matches a part of any of the texts, whatever its case and accents', () => {
    expect(matchesSearch('cote', ['CI', "Côte d'Ivoire"])).toBe(true);
    expect(matchesSearch('  IVOIRE ', ["Côte d'Ivoire"])).toBe(true);
    expect(matchesSearch('germ', ['FR', 'France', null])).toBe(false);
  });

  it('matches everything when there is no search or only blanks', () => {
    expect(matchesSearch(undefined, ['DE'])).toBe(true);
    expect(matchesSearch('   ', [null])).toBe(true);
  });
});
