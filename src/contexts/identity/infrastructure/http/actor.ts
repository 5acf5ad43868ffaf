import { Principal } from '@promenade/auth';
import { Actor } from '../../domain/role/privilege';

/** The caller as the plain values an administrative command carries (application code knows no Principal). */
export function actorOf(principal: Principal): Actor {
  return { userId: principal.userId, permissions: [...principal.permissions] };
}
