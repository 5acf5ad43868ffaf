import { AccessTokenDenyList } from '../../application/auth/access-token-deny-list';

/** The deny-list of one process (the embedded default runs one). Entries past their token's expiry are swept as it grows. */
export class MemoryAccessTokenDenyList implements AccessTokenDenyList {
  private readonly until = new Map<string, number>();

  async deny(tokenId: string, until: Date): Promise<void> {
    this.sweep(Date.now());
    this.until.set(tokenId, until.getTime());
  }

  async isDenied(tokenId: string): Promise<boolean> {
    const until = this.until.get(tokenId);
    return until !== undefined && until > Date.now();
  }

  private sweep(now: number): void {
    for (const [tokenId, until] of this.until) if (until <= now) this.until.delete(tokenId);
  }
}
