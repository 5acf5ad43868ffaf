import { VersionedModel } from '@promenade/persistence';
import { Column, Entity } from 'typeorm';
import { UserStatus } from '../../domain/user/user-status';

@Entity({ schema: 'identity', name: 'users' })
export class UserModel extends VersionedModel {
  @Column('varchar', { length: 254 })
  email!: string;

  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Column('varchar', { length: 16 })
  status!: UserStatus;

  @Column('text', { array: true })
  roles!: string[];

  @Column('timestamptz', { name: 'email_verified_at', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column('integer', { name: 'failed_logins' })
  failedLogins!: number;

  @Column('timestamptz', { name: 'locked_until', nullable: true })
  lockedUntil!: Date | null;

  @Column('integer', { name: 'session_epoch' })
  sessionEpoch!: number;
}
