import { hash } from 'node:crypto';
import fastifyEtag from '@fastify/etag';
import { FastifyInstance } from 'fastify';

/** Whether an If-None-Match header names `etag` (compared weakly, as RFC 9110 asks for this header) or is `*`. */
export function ifNoneMatchNames(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * An ETag on every successful answer with a body (@fastify/etag: a hash of the body), and 304 Not Modified
 * with no body when a successful GET or HEAD names that ETag in If-None-Match. Errors carry no ETag (they
 * are not representations to revalidate) and ignore the header, and so does an answer no cache may store
 * (`Cache-Control: no-store`, as credentials are); a change is never answered "not modified".
 */
export function useEtags(fastify: FastifyInstance): void {
  // The plugin's SHA-1, through Node's one-shot hash: a third of createHash's cost, and every answer is hashed.
  void fastify.register(fastifyEtag, { replyWith304: false, hashFn: (payload) => hash('sha1', payload, 'base64') });
  // Added after the plugin, so it runs after it and finds the ETag set.
  fastify.addHook('onSend', async (request, reply, payload) => {
    const etag = reply.getHeader('etag');
    const conditional = request.method === 'GET' || request.method === 'HEAD';
    const succeeded = reply.statusCode >= 200 && reply.statusCode < 300;
    const storable = !/\bno-store\b/i.test(String(reply.getHeader('cache-control') ?? ''));
    if (!succeeded || !storable) reply.removeHeader('etag');
    if (!conditional || !succeeded || !storable || typeof etag !== 'string' || !ifNoneMatchNames(request.headers['if-none-match'], etag))
      return payload;
    void reply.code(304);
    return '';
  });
}
