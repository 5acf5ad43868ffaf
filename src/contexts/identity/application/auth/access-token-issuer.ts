export const ACCESS_TOKEN_ISSUER = Symbol('AccessTokenIssuer');

export interface AccessTokenSubject {
  userId: string;
  sessionId: string;
  sessionEpoch: number;
}

export interface IssuedAccessToken {
  token: string;
  /** Seconds until it expires. */
  expiresIn: number;
}

/** Signs short-lived access tokens (JWT in infrastructure). */
export interface AccessTokenIssuer {
  issue(subject: AccessTokenSubject): Promise<IssuedAccessToken>;
}
