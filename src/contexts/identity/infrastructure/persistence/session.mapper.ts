import { AggregateMapper } from '@promenade/persistence';
import { Session } from '../../domain/session.aggregate';
import { SessionModel } from './session.model';

export const sessionMapper: AggregateMapper<Session, SessionModel> = {
  toDomain(model) {
    return Session.restore({ id: model.id, version: model.version, createdAt: model.createdAt });
  },

  toModel(session) {
    return Object.assign(new SessionModel(), { id: session.id, createdAt: session.createdAt });
  },
};
