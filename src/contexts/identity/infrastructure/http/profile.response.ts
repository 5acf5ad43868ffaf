import { ApiProperty } from '@nestjs/swagger';
import { PROFILE_VISIBILITIES, ProfileVisibility } from '../../domain/profile/profile-visibility';
import { Profile } from '../../domain/profile/profile.aggregate';

export class ProfileResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', description: 'The owner; a user has one profile.' })
  userId!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  displayName!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Mathematician; writes about engines.' })
  bio!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uri', example: 'https://example.com/ada.png' })
  avatarUrl!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'en-GB' })
  locale!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Europe/London' })
  timezone!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', format: 'uri' }, example: { github: 'https://github.com/ada' } })
  socialLinks!: Record<string, string>;

  @ApiProperty({ enum: PROFILE_VISIBILITIES, example: 'private' })
  visibility!: ProfileVisibility;

  @ApiProperty({ type: 'integer', example: 1, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-02T14:05:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  static from(profile: Profile): ProfileResponse {
    return {
      userId: profile.userId,
      displayName: profile.displayName,
      bio: profile.bio,
      avatarUrl: profile.avatarUrl,
      locale: profile.locale,
      timezone: profile.timezone,
      socialLinks: { ...profile.socialLinks },
      visibility: profile.visibility,
      version: profile.version,
      createdAt: profile.createdAt.toISOString(),
      updatedAt: profile.updatedAt.toISOString(),
    };
  }
}
