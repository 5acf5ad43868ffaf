import { FastifyInstance } from 'fastify';
import { createHttpAdapter } from './http-app';
import { ifNoneMatchNames } from './etags';

describe('ifNoneMatchNames', () => {
  it('matches the same tag, weak or strong, in a list, or *', () => {
    expect(ifNoneMatchNames('"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchNames('W/"abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchNames('"x", "abc"', '"abc"')).toBe(true);
    expect(ifNoneMatchNames('*', '"abc"')).toBe(true);
  });

  it('does not match another tag or no header', () => {
    expect(ifNoneMatchNames('"abd"', '"abc"')).toBe(false);
    expect(ifNoneMatchNames(undefined, '"abc"')).toBe(false);
    expect(ifNoneMatchNames('', '"abc"')).toBe(false);
  });
});

describe('ETags on the Fastify adapter', () => {
  let fastify: FastifyInstance;

  beforeAll(async () => {
    fastify = createHttpAdapter().getInstance() as unknown as FastifyInstance;
    fastify.get('/thing', async () => ({ name: 'thing' }));
    fastify.post('/thing', async () => ({ name: 'thing' }));
    fastify.post('/credentials', async (_request, reply) => reply.header('cache-control', 'no-store').send({ token: 'secret' }));
    fastify.get('/credentials', async (_request, reply) => reply.header('cache-control', 'private, no-store').send({ token: 'secret' }));
    fastify.get('/missing', async (_request, reply) => reply.code(404).send({ name: 'thing' }));
    await fastify.ready();
  });

  afterAll(() => fastify.close());

  it('gives a successful GET an ETag, and answers 304 with no body when If-None-Match names it', async () => {
    const first = await fastify.inject({ method: 'GET', url: '/thing' });
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await fastify.inject({ method: 'GET', url: '/thing', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
  });

  it('answers the body again when If-None-Match names another version', async () => {
    const response = await fastify.inject({ method: 'GET', url: '/thing', headers: { 'if-none-match': '"older"' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ name: 'thing' });
  });

  it('never answers 304 to a change or to an error', async () => {
    const { etag } = (await fastify.inject({ method: 'GET', url: '/thing' })).headers;
    const posted = await fastify.inject({ method: 'POST', url: '/thing', headers: { 'if-none-match': etag as string } });
    expect(posted.statusCode).toBe(200);
    const missing = await fastify.inject({ method: 'GET', url: '/missing', headers: { 'if-none-match': '*' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
  });

  it('gives an answer no cache may store (no-store) no ETag, and never 304, whatever If-None-Match says', async () => {
    const posted = await fastify.inject({ method: 'POST', url: '/credentials' });
    expect(posted.statusCode).toBe(200);
    expect(posted.headers.etag).toBeUndefined();
    const read = await fastify.inject({ method: 'GET', url: '/credentials', headers: { 'if-none-match': '*' } });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBeUndefined();
    expect(read.json()).toEqual({ token: 'secret' });
  });

  it('answers a malformed %-sequence in the path with 400 problem+json, not a bare router error', async () => {
    const response = await fastify.inject({ method: 'GET', url: '/thing/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 400, code: 'MALFORMED_URL' });
  });
});
