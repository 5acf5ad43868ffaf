import { trustProxy } from './http-app';

describe('trustProxy (TRUST_PROXY as Fastify takes it)', () => {
  it.each([
    ['false', false],
    ['true', true],
    ['1', 1],
    ['2', 2],
    ['10.0.0.0/8', ['10.0.0.0/8']],
    ['127.0.0.1, 10.0.0.0/8,::1', ['127.0.0.1', '10.0.0.0/8', '::1']],
  ])('%s → %j', (setting, expected) => {
    expect(trustProxy(setting)).toEqual(expected);
  });
});
