import { QueryFailedError } from 'typeorm';
import { uniqueViolation } from './unique-violation';

/** What the pg driver throws, wrapped as TypeORM wraps it. */
function queryFailed(driverError: object): QueryFailedError {
  return new QueryFailedError(
    'INSERT INTO "identity"."users" ...',
    ['someone@example.com', 'hash'],
    Object.assign(new Error('query failed'), driverError),
  );
}

describe('uniqueViolation', () => {
  it('names the violated index of a unique violation', () => {
    expect(uniqueViolation(queryFailed({ code: '23505', constraint: 'users_email_lower' }))).toBe('users_email_lower');
  });

  it('still reports a unique violation whose constraint the driver does not name', () => {
    expect(uniqueViolation(queryFailed({ code: '23505' }))).toBe('');
  });

  it('ignores other database errors, such as a foreign key violation', () => {
    expect(uniqueViolation(queryFailed({ code: '23503', constraint: 'sessions_user_id_fkey' }))).toBeUndefined();
  });

  it('ignores errors that did not come from a query', () => {
    expect(uniqueViolation(Object.assign(new Error('duplicate'), { code: '23505', constraint: 'users_email_lower' }))).toBeUndefined();
    expect(uniqueViolation(undefined)).toBeUndefined();
  });
});
