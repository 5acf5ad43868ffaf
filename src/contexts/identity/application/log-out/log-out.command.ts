import { Command } from '@nestjs/cqrs';

/** Ends the session the access token belongs to, and the token itself until it would have expired. */
export class LogOut extends Command<void> {
  constructor(
    readonly sessionId: string,
    readonly tokenId: string,
    readonly tokenExpiresAt: Date,
  ) {
    super();
  }
}
