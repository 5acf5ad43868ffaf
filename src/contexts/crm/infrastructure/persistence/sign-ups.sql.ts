import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@promenade/persistence';
import { SignUp, SignUps } from '../../application/link-signed-up-user/sign-ups';

interface SignUpRow {
  user_id: string;
  email: string | null;
  display_name: string | null;
  email_verified_at: Date | null;
}

/** crm.sign_ups, one row per user: one upsert per event, keeping any fact recorded before (COALESCE). */
@Injectable()
export class SignUpsSql implements SignUps {
  constructor(private readonly uow: UnitOfWork) {}

  async record(userId: string, facts: { email: string; displayName: string } | { emailVerifiedAt: Date }): Promise<SignUp> {
    const { email = null, displayName = null } = 'email' in facts ? facts : {};
    const verifiedAt = 'emailVerifiedAt' in facts ? facts.emailVerifiedAt : null;
    const [row]: SignUpRow[] = await this.uow.manager.query(
      `INSERT INTO crm.sign_ups AS s (user_id, email, display_name, email_verified_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET
         email = COALESCE(s.email, excluded.email),
         display_name = COALESCE(s.display_name, excluded.display_name),
         email_verified_at = COALESCE(s.email_verified_at, excluded.email_verified_at)
       RETURNING user_id, email, display_name, email_verified_at`,
      [userId, email, displayName, verifiedAt],
    );
    return { userId: row.user_id, email: row.email, displayName: row.display_name, emailVerifiedAt: row.email_verified_at };
  }
}
