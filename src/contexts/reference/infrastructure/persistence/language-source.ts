import ISO6391 from 'iso-639-1';

/** A row of reference.languages. */
export interface LanguageRow {
  code: string;
  name: string;
  nativeName: string;
}

/** ISO 639-1 from `iso-639-1`: the 183 codes in force (the withdrawn `sh` is not one of them). */
export function languageRows(): LanguageRow[] {
  return ISO6391.getLanguages(ISO6391.getAllCodes()).map(({ code, name, nativeName }) => ({ code, name, nativeName }));
}
