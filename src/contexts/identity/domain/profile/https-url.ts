const MAX_LENGTH = 2048;

export type HttpsUrlCheck = { ok: true; href: string } | { ok: false; problem: string };

/**
 * Whether `value` is a link a profile may show, and if so its WHATWG serialisation (the form a browser
 * would follow). Only https: a profile page served over TLS must not link to plain http or to `javascript:`.
 */
export function checkHttpsUrl(value: string): HttpsUrlCheck {
  const trimmed = value.trim();
  if (trimmed.length > MAX_LENGTH) return { ok: false, problem: `has at most ${MAX_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'is not an absolute URL' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'must be an https:// URL' };
  // Credentials in a link would be shown to everyone who reads the profile.
  if (url.username || url.password) return { ok: false, problem: 'must not contain a user name or password' };
  if (url.href.length > MAX_LENGTH) return { ok: false, problem: `has at most ${MAX_LENGTH} characters once encoded` };
  return { ok: true, href: url.href };
}
