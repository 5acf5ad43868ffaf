import { Command } from '@nestjs/cqrs';
import { TokenPair } from '../auth/token-pair';

/** Answers the next token pair, or undefined when refused; a refusal still commits (reuse revokes the session). */
export class RefreshSession extends Command<TokenPair | undefined> {
  constructor(readonly refreshToken: string) {
    super();
  }
}
