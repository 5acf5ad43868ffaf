import { AccessTokenIssuer, AccessTokenSubject, IssuedAccessToken } from '../auth/access-token-issuer';

/** Issues readable stand-ins for JWTs (`access:<user>:<session>:<epoch>:<n>`) and remembers whom it issued them to. */
export class FakeAccessTokenIssuer implements AccessTokenIssuer {
  readonly issued: AccessTokenSubject[] = [];

  async issue(subject: AccessTokenSubject): Promise<IssuedAccessToken> {
    this.issued.push(subject);
    return { token: `access:${subject.userId}:${subject.sessionId}:${subject.sessionEpoch}:${this.issued.length}`, expiresIn: 900 };
  }
}
