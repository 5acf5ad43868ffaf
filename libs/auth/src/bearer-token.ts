/** RFC 6750 / RFC 9110 §11.1: the case-insensitive `Bearer` scheme, one or more spaces, a token68. */
const BEARER = /^Bearer +([A-Za-z0-9\-_.~+/]+=*)$/i;

/** The access token of an `Authorization: Bearer …` header, if that is what it holds. */
export function bearerToken(authorization: string | undefined): string | undefined {
  return BEARER.exec(authorization ?? '')?.[1];
}
