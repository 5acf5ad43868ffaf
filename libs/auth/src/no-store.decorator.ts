import { applyDecorators, Header } from '@nestjs/common';

/**
 * For a route whose answer carries credentials (tokens): no cache, shared or private, may keep it
 * (RFC 6749 §5.1, RFC 9111 §5.2.2.5); `Pragma` for HTTP/1.0 caches. The ETag hook leaves such answers
 * without an ETag, since there is nothing a client may keep to revalidate.
 */
export function NoStore(): MethodDecorator {
  return applyDecorators(Header('Cache-Control', 'no-store'), Header('Pragma', 'no-cache'));
}
