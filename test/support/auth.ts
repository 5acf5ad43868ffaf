import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TestApp } from './test-app';

export interface SignedIn {
  userId: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  /** `{ authorization: 'Bearer …' }`, to spread into fetch headers. */
  headers: { authorization: string };
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** A service to talk to: started in this process (`app` set) or in a child process (only its URL). */
export type Service = Pick<TestApp, 'url'> & Partial<Pick<TestApp, 'app'>>;

async function post(t: Service, path: string, body: unknown): Promise<Response> {
  return fetch(`${t.url}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/**
 * Registers a fresh user through the API and logs them in. With `roles`, the user's roles are set
 * in the database first (a test shortcut: the route that does it is itself under test elsewhere).
 */
export async function signUp(t: Service, options: { roles?: string[]; email?: string } = {}): Promise<SignedIn> {
  const email = options.email ?? `user-${randomUUID()}@example.com`;
  const registered = await post(t, '/identity/auth/register', { email, password: TEST_PASSWORD, displayName: 'Test User' });
  if (registered.status !== 201) throw new Error(`register answered ${registered.status}: ${await registered.text()}`);
  const { id: userId } = (await registered.json()) as { id: string };
  if (options.roles && !t.app) throw new Error('roles can only be set on a service started in this process');
  if (options.roles) await t.app!.get(DataSource).query('UPDATE identity.users SET roles = $1 WHERE id = $2', [options.roles, userId]);
  return { userId, email, ...(await logIn(t, email, TEST_PASSWORD)), password: TEST_PASSWORD };
}

export async function logIn(
  t: Service,
  email: string,
  password: string,
): Promise<Pick<SignedIn, 'accessToken' | 'refreshToken' | 'headers'>> {
  const response = await post(t, '/identity/auth/login', { email, password });
  if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  const { accessToken, refreshToken } = (await response.json()) as { accessToken: string; refreshToken: string };
  return { accessToken, refreshToken, headers: { authorization: `Bearer ${accessToken}` } };
}
