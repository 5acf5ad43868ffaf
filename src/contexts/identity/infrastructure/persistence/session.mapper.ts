import { AggregateMapper } from '@promenade/persistence';
import { Session } from '../../domain/session/session.aggregate';
import { SessionModel } from './session.model';

export const sessionMapper: AggregateMapper<Session, SessionModel> = {
  toDomain(model) {
    return Session.restore({
      id: model.id,
      version: model.version,
      createdAt: model.createdAt,
      userId: model.userId,
      epoch: model.epoch,
      tokenHash: model.tokenHash,
      tokenExpiresAt: model.tokenExpiresAt,
      spentTokenHashes: model.spentTokenHashes,
      revokedAt: model.revokedAt ?? undefined,
    });
  },

  toModel(session) {
    return Object.assign(new SessionModel(), {
      id: session.id,
      createdAt: session.createdAt,
      userId: session.userId,
      epoch: session.epoch,
      tokenHash: session.tokenHash,
      tokenExpiresAt: session.tokenExpiresAt,
      spentTokenHashes: [...session.spentTokenHashes],
      revokedAt: session.revokedAt ?? null,
    });
  },
};
