import { VersionedModel } from '@promenade/persistence';
import { Column, Entity } from 'typeorm';

@Entity({ schema: 'identity', name: 'sessions' })
export class SessionModel extends VersionedModel {
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('integer')
  epoch!: number;

  @Column('char', { name: 'token_hash', length: 64 })
  tokenHash!: string;

  @Column('timestamptz', { name: 'token_expires_at' })
  tokenExpiresAt!: Date;

  @Column('text', { name: 'spent_token_hashes', array: true })
  spentTokenHashes!: string[];

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
