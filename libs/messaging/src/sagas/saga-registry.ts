import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { eventHandlerOf } from '../event-handler.decorator';
import { SagaDefinition } from './saga-definition';
import { SagaHandler } from './saga-handler';

/**
 * Every saga type of the service, found at start-up through its SagaHandler provider, so the admin knows each
 * type's schema. Refuses a handler that would miss events (not declared with all of `definition.handles`), one
 * whose id names another context than its type, and two handlers of one type.
 */
@Injectable()
export class SagaRegistry implements OnModuleInit {
  private readonly byType = new Map<string, SagaDefinition>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const { metatype, instance } of this.discovery.getProviders()) {
      if (!metatype || !(instance instanceof SagaHandler)) continue;
      const { definition } = instance;
      const declared = eventHandlerOf(metatype);
      const missing = definition.handles.filter((type) => !declared?.events.includes(type));
      if (!declared || missing.length > 0) {
        throw new Error(
          `${metatype.name} must be declared with @EventHandler(id, ...definition.handles): it does not take ${missing.map((type) => `${type.eventName} v${type.eventVersion}`).join(', ')}`,
        );
      }
      if (!declared.id.startsWith(`${definition.context}.`)) {
        throw new Error(
          `${metatype.name} runs saga ${definition.type}, so its event handler id must start with "${definition.context}." (got "${declared.id}")`,
        );
      }
      if (this.byType.has(definition.type)) throw new Error(`two handlers run saga ${definition.type}; a saga type has one`);
      this.byType.set(definition.type, definition);
    }
  }

  /** Sorted by type. */
  definitions(): SagaDefinition[] {
    return [...this.byType.values()].sort((a, b) => a.type.localeCompare(b.type));
  }

  has(type: string): boolean {
    return this.byType.has(type);
  }
}
