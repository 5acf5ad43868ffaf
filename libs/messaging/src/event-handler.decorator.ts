import { applyDecorators, SetMetadata } from '@nestjs/common';
import { EventsHandler } from '@nestjs/cqrs';
import { RegisteredEventType } from './event-registry';

export const EVENT_HANDLER = 'promenade:event-handler';

export interface EventHandlerDeclaration {
  /** `<context>.<verb-object>-on-<event>`: keys the inbox, job ids and dead letters, so it outlives class renames. */
  id: string;
  events: RegisteredEventType[];
}

/**
 * Declares an event handler under a stable id. It stays a real `@EventsHandler` of @nestjs/cqrs; the id is
 * ours, since the class name it replaces changes with every refactoring while stored rows keep the old one.
 */
export const EventHandler = (id: string, event: RegisteredEventType, ...more: RegisteredEventType[]): ClassDecorator =>
  applyDecorators(
    EventsHandler(event, ...more),
    SetMetadata(EVENT_HANDLER, { id, events: [event, ...more] } satisfies EventHandlerDeclaration),
  );

/** The declaration of a class decorated with `@EventHandler`, undefined for any other class. */
export const eventHandlerOf = (type: object): EventHandlerDeclaration | undefined =>
  Reflect.getMetadata(EVENT_HANDLER, type) as EventHandlerDeclaration | undefined;
