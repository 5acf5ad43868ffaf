import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@promenade/http';
import { LanguageEntry } from '../../application/reference-catalog';

export class LanguageResponse {
  @ApiProperty({ example: 'de', description: 'ISO 639-1, lower case.' })
  code!: string;

  @ApiProperty({ example: 'German' })
  name!: string;

  @ApiProperty({ example: 'Deutsch', description: 'The name in the language itself.' })
  nativeName!: string;

  static from(language: LanguageEntry): LanguageResponse {
    return { code: language.code, name: language.name, nativeName: language.nativeName };
  }
}

export const LanguagePage = PageResponse(LanguageResponse, 'LanguagePage');
