import { inspect } from 'node:util';
import { QueryFailedError } from 'typeorm';
import { loggableError } from './loggable-error';

describe('loggableError', () => {
  it('keeps a cause, itself reduced, so a wrapped failed query brings no bound values', () => {
    const failed = new QueryFailedError(
      'UPDATE "identity"."users" SET "password_hash" = $1',
      ['secret-hash'],
      Object.assign(new Error('deadlock detected'), { code: '40P01' }),
    );
    const wrapped = new Error('could not change the password', { cause: failed });
    const logged = loggableError(wrapped);
    expect(logged).toMatchObject({
      name: 'Error',
      message: 'could not change the password',
      cause: { name: 'QueryFailedError', message: 'deadlock detected', code: '40P01' },
    });
    expect(inspect(logged, { showHidden: true, depth: null })).not.toContain('secret-hash');
  });

  it('says what was thrown when it is not an Error, without its properties', () => {
    expect(loggableError({ parameters: ['secret-hash'] })).toEqual({ name: 'object', message: '[object Object]' });
    expect(loggableError('boom')).toEqual({ name: 'string', message: 'boom' });
  });
});
