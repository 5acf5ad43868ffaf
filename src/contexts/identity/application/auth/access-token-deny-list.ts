export const ACCESS_TOKEN_DENY_LIST = Symbol('AccessTokenDenyList');

/**
 * Access tokens revoked before they expire (logout), by token id. An entry only needs to outlive the
 * token, so it is dropped at the token's expiry. Redis when configured (shared by every instance),
 * memory on the embedded default.
 */
export interface AccessTokenDenyList {
  deny(tokenId: string, until: Date): Promise<void>;
  isDenied(tokenId: string): Promise<boolean>;
}
