import { articleFor, names, sentenceWithArticle, withArticle } from './names';

describe('articleFor', () => {
  it.each(['user', 'unit', 'uniform', 'union', 'unique', 'usage', 'utility', 'usual', 'euro', 'one-off', 'shipment'])(
    'says "a %s": a consonant, or a vowel letter sounding like one ("you", "wun")',
    (word) => {
      expect(articleFor(word)).toBe('a');
    },
  );

  it.each([
    'invoice',
    'order',
    'account',
    'item',
    'event',
    'update',
    'upgrade',
    'umbrella',
    'urgent',
    'unpaid',
    'undo',
    'unable',
    'uninstall',
    'hour',
  ])('says "an %s": any other vowel sound', (word) => {
    expect(articleFor(word)).toBe('an');
  });
});

describe('withArticle', () => {
  it('spells a kebab-case name out with its article', () => {
    expect(withArticle('invoice-line')).toBe('an invoice line');
    expect(withArticle('user')).toBe('a user');
    expect(withArticle('shipment')).toBe('a shipment');
  });

  it('capitalizes it to open a sentence', () => {
    expect(sentenceWithArticle('unit-price')).toBe('A unit price');
    expect(sentenceWithArticle('order')).toBe('An order');
  });
});

describe('names', () => {
  it('spells a kebab-case name every way the templates use it', () => {
    expect(names('invoice-line', 'aggregate')).toEqual({
      kebab: 'invoice-line',
      pascal: 'InvoiceLine',
      camel: 'invoiceLine',
      constant: 'INVOICE_LINE',
      snake: 'invoice_line',
    });
  });

  it('refuses a reserved word that may become a variable, and takes one that is only ever a member (invoice.void())', () => {
    expect(() => names('void', 'aggregate')).toThrow('aggregate "void" is a reserved word in TypeScript; choose another name');
    expect(names('void', 'verb', 'member').camel).toBe('void');
    expect(names('delete', 'verb', 'member').pascal).toBe('Delete');
  });
});
