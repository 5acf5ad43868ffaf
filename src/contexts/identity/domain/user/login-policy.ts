/** How many failed logins in a row lock an account, and for how long. */
export interface LoginPolicy {
  maxFailures: number;
  lockMinutes: number;
}
