import { VersionedModel } from '@promenade/persistence';
import { Column, Entity } from 'typeorm';
import { ProfileVisibility } from '../../domain/profile/profile-visibility';

/** One row per user: `id` is the user's id. */
@Entity({ schema: 'identity', name: 'profiles' })
export class ProfileModel extends VersionedModel {
  @Column('varchar', { name: 'display_name', length: 100 })
  displayName!: string;

  @Column('text', { nullable: true })
  bio!: string | null;

  @Column('varchar', { name: 'avatar_url', length: 2048, nullable: true })
  avatarUrl!: string | null;

  @Column('varchar', { length: 64, nullable: true })
  locale!: string | null;

  @Column('varchar', { length: 64, nullable: true })
  timezone!: string | null;

  /** Network → URL; read and written whole with the profile. */
  @Column('jsonb', { name: 'social_links' })
  socialLinks!: Record<string, string>;

  @Column('varchar', { length: 16 })
  visibility!: ProfileVisibility;
}
