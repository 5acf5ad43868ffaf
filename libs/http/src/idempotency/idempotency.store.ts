import { Injectable } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { UnitOfWork } from '@promenade/persistence';

/** Whose key, which key, and the request it was sent with. */
export interface IdempotentRequest {
  userId: string;
  key: string;
  fingerprint: string;
}

/** What a replay sends again: the status, the headers the route set itself (Location …) and the body as it was serialised. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/**
 * The keys and their responses, in `http.idempotency_keys`. Every call runs in the caller's unit of
 * work, so a response is stored in the very transaction that commits the change it reports.
 */
@Injectable()
export class IdempotencyStore {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
  ) {}

  /**
   * Takes the key for this transaction, or answers false at once when another transaction holds it.
   * A transaction-scoped advisory lock: released by the commit or rollback, never left behind by a crash.
   */
  async lock({ userId, key }: IdempotentRequest): Promise<boolean> {
    const [{ locked }] = await this.uow.manager.query(
      `SELECT pg_try_advisory_xact_lock(hashtext('promenade:idempotency-key'), hashtext($1)) AS locked`,
      [`${userId}\n${key}`],
    );
    return locked;
  }

  /** The response stored for this key within its retention, with the fingerprint of the request that made it. */
  async find({ userId, key }: IdempotentRequest): Promise<(StoredResponse & { fingerprint: string }) | undefined> {
    const [row] = await this.uow.manager.query(
      `SELECT fingerprint, status, headers, body FROM http.idempotency_keys
        WHERE user_id = $1 AND key = $2 AND created_at > now() - make_interval(hours => $3)`,
      [userId, key, this.config.IDEMPOTENCY_KEY_TTL_HOURS],
    );
    return row;
  }

  /** Stores the response; a row left from an expired use of the same key (not yet pruned) is replaced. */
  async save({ userId, key, fingerprint }: IdempotentRequest, response: StoredResponse): Promise<void> {
    await this.uow.manager.query(
      `INSERT INTO http.idempotency_keys (user_id, key, fingerprint, status, headers, body) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, status = EXCLUDED.status,
         headers = EXCLUDED.headers, body = EXCLUDED.body, created_at = now()`,
      [userId, key, fingerprint, response.status, response.headers, response.body],
    );
  }

  /** Deletes the keys past their retention; answers how many. */
  async prune(): Promise<number> {
    const [, affected] = await this.uow.manager.query(
      `DELETE FROM http.idempotency_keys WHERE created_at <= now() - make_interval(hours => $1)`,
      [this.config.IDEMPOTENCY_KEY_TTL_HOURS],
    );
    return affected;
  }
}
