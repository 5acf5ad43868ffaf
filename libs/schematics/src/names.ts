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
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package ' +
    'private protected public await').split(' '),
);

export function names(value: string, what: string): Names {
  if (!KEBAB.test(value)) throw new SchematicsException(`${what} "${value}" must be kebab-case, each word starting with a letter, e.g. invoice or invoice-line`);
  if (RESERVED.has(value)) throw new SchematicsException(`${what} "${value}" is a reserved word in TypeScript; choose another name`);
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

/** `a invoice` reads wrong: the article for a kebab-case name, spelled out. */
export function withArticle(kebab: string): string {
  const words = kebab.replace(/-/g, ' ');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

/** Plural for table names: invoice → invoices, company → companies, address → addresses. */
export function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
