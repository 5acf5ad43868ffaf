import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset socket', withCode('ECONNRESET')],
    ['the server shutting down', withCode('57P01', 'terminating connection due to administrator command')],
    ['the server starting up', withCode('57P03', 'the database system is starting up')],
    ['a connection exception', withCode('08006')],
    ['a server with no connection to spare', withCode('53300', 'sorry, too many clients already')],
    ['a database host gone from DNS', withCode('ENOTFOUND', 'getaddrinfo ENOTFOUND postgres')],
    ['a connection that broke mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool with no connection in time', new Error('timeout exceeded when trying to connect')],
    ['a failed query whose driver lost the server', new QueryFailedError('SELECT 1', [], withCode('57P01'))],
    ['a transaction whose connection was dropped under it', new QueryRunnerAlreadyReleasedError()],
    ['a repository whose transaction lost its connection', new QueryRunnerProviderAlreadyReleasedError()],
    ['a wrapped refusal', new Error('could not open', { cause: withCode('ECONNREFUSED') })],
  ])('is true for %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], withCode('23505', 'duplicate key value'))],
    ['a serialization failure', withCode('40001')],
    [
      'a protocol violation (a bug, not an outage)',
      withCode('08P01', 'bind message supplies 1 parameters, but prepared statement requires 2'),
    ],
    ['a statement timeout', withCode('57014', 'canceling statement due to statement timeout')],
    ['a programming error', new TypeError('x is undefined')],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('is false for %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
