import { Command } from '@nestjs/cqrs';
import { TokenPair } from '../auth/token-pair';

/** Answers the tokens, or undefined when refused: a refusal still commits (the failure counts towards the lock). */
export class LogIn extends Command<TokenPair | undefined> {
  constructor(
    readonly email: string,
    readonly password: string,
  ) {
    super();
  }
}
