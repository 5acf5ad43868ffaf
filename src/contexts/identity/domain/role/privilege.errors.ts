import { domainError } from '@promenade/ddd';

/** The caller tried to grant, define or act on power they do not hold themselves. */
export class PrivilegeEscalation extends domainError('PRIVILEGE_ESCALATION', 'forbidden') {
  constructor(missing: readonly string[]) {
    super(`this involves permissions you do not hold: ${missing.join(', ')}`);
  }
}

/** An administrator acting on their own account; refused so nobody locks themselves out or promotes themselves. */
export class UserSelfAction extends domainError('USER_SELF_ACTION', 'conflict') {
  constructor() {
    super('you cannot suspend, ban, activate, unlock or change the roles of your own account');
  }
}
