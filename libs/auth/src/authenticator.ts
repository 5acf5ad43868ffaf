import { Principal } from './principal';

export const AUTHENTICATOR = Symbol('Authenticator');

/**
 * Turns a bearer token into a Principal, or throws Unauthenticated. The identity context provides it;
 * the guard refuses to start without one, so no deployment runs open by accident.
 */
export interface Authenticator {
  authenticate(accessToken: string): Promise<Principal>;
}
