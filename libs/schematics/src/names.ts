import { SchematicsException } from '@angular-devkit/schematics';

/** The spellings of one kebab-case name: `invoice-line` → InvoiceLine, invoiceLine, INVOICE_LINE, invoice_line. */
export interface Names {
  kebab: string;
  pascal: string;
  camel: string;
  constant: string;
  snake: string;
}

/** Every word starts with a letter, so the name survives the round trip through PascalCase. */
const KEBAB = /^[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*$/;

/** Words a generated `const <name>` or method could not use. */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package ' +
    'private protected public await'
  ).split(' '),
);

/**
 * `usedAs: 'member'` for a name that is only ever a method or property name (a command's verb: `invoice.void()`,
 * `voidInvoice`), where JavaScript allows reserved words; anything that may become a variable refuses them.
 */
export function names(value: string, what: string, usedAs: 'identifier' | 'member' = 'identifier'): Names {
  if (!KEBAB.test(value))
    throw new SchematicsException(`${what} "${value}" must be kebab-case, each word starting with a letter, e.g. invoice or invoice-line`);
  if (usedAs === 'identifier' && RESERVED.has(value))
    throw new SchematicsException(`${what} "${value}" is a reserved word in TypeScript; choose another name`);
  const parts = value.split('-');
  const pascal = parts.map((part) => part[0].toUpperCase() + part.slice(1)).join('');
  return {
    kebab: value,
    pascal,
    camel: pascal[0].toLowerCase() + pascal.slice(1),
    constant: parts.join('_').toUpperCase(),
    snake: parts.join('_'),
  };
}

/**
 * Vowel letters that sound like a consonant (user, unit, euro, one-off) take `a`; so do consonants, except a silent h.
 * A `u` before one consonant and a vowel says "you" (user, usage, utility), but not in the un- prefix (unpaid, unable).
 */
const SOUNDS_LIKE_A_CONSONANT = /^(uni(?!n|mp|de)|unanim|u[bcfgklrstvz][aeiou]|eu|ewe|one\b|once)/;
const SILENT_H = /^(hour|honest|honou?r|heir)/;

/** The article a word is spoken with: `a` user, `an` invoice, `an` update, `a` union, `an` hour. */
export function articleFor(word: string): 'a' | 'an' {
  const lower = word.toLowerCase();
  if (SILENT_H.test(lower)) return 'an';
  return /^[aeiou]/.test(lower) && !SOUNDS_LIKE_A_CONSONANT.test(lower) ? 'an' : 'a';
}

/** A kebab-case name spelled out with its article: `invoice-line` → `an invoice line`, `user` → `a user`. */
export function withArticle(kebab: string): string {
  const words = kebab.replace(/-/g, ' ');
  return `${articleFor(words)} ${words}`;
}

/** The same, opening a sentence: `An invoice`, `A user`. */
export function sentenceWithArticle(kebab: string): string {
  const phrase = withArticle(kebab);
  return phrase[0].toUpperCase() + phrase.slice(1);
}

/** Plural for table names: invoice → invoices, company → companies, address → addresses. */
export function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
