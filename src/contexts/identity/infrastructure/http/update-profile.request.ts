import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, ValidateBy } from 'class-validator';
import { PROFILE_VISIBILITIES, ProfileVisibility } from '../../domain/profile/profile-visibility';
import { MAX_SOCIAL_LINKS, SOCIAL_NETWORK_PATTERN } from '../../domain/profile/social-links';

/** Shape check only (an object of strings); network names, URLs and the count are the domain's rules (422). */
const IsStringMap = (): PropertyDecorator =>
  ValidateBy({
    name: 'isStringMap',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string'),
      defaultMessage: (args) => `${args?.property ?? 'value'} must be an object whose values are URL strings`,
    },
  });

/**
 * The whole profile (PUT): a field left out is cleared, like one sent as null or blank. Types are checked
 * here (400); the rules on each value are the domain's, each with its own code (422).
 */
export class UpdateProfileRequest {
  @ApiProperty({ example: 'Ada Lovelace', minLength: 1, maxLength: 100, description: 'Trimmed; 1-100 characters, one line.' })
  @IsString()
  displayName!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000, example: 'Mathematician; writes about engines.' })
  @IsOptional()
  @IsString()
  bio?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uri',
    maxLength: 2048,
    example: 'https://example.com/ada.png',
    description: 'https only.',
  })
  @IsOptional()
  @IsString()
  avatarUrl?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'en-GB',
    description: 'A BCP 47 language tag; answered in canonical form.',
  })
  @IsOptional()
  @IsString()
  locale?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Europe/London', description: 'An IANA time zone, or "UTC".' })
  @IsOptional()
  @IsString()
  timezone?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', format: 'uri' },
    maxProperties: MAX_SOCIAL_LINKS,
    example: { github: 'https://github.com/ada', mastodon: 'https://mathstodon.xyz/@ada' },
    description: `Network → https URL, at most ${MAX_SOCIAL_LINKS}; a network name matches ${SOCIAL_NETWORK_PATTERN.source}.`,
  })
  @IsOptional()
  @IsStringMap()
  socialLinks?: Record<string, string> | null;

  @ApiProperty({
    enum: PROFILE_VISIBILITIES,
    example: 'public',
    description: '`public`: anyone may read it; `private`: only you and staff.',
  })
  @IsIn(PROFILE_VISIBILITIES)
  visibility!: ProfileVisibility;
}
