import { IEventHandler } from '@nestjs/cqrs';
import { DomainEvent } from '@promenade/ddd';
import { SagaDefinition } from './saga-definition';
import { SagaRunner } from './saga-runner';

/**
 * The event handler of one saga type, a provider of its context's module:
 *
 *   @EventHandler('fulfillment.order-fulfillment-saga', ...orderFulfillment.handles)
 *   export class OrderFulfillmentSaga extends SagaHandler<FulfillmentData, FulfillmentState, FulfillmentStep> {
 *     constructor(runner: SagaRunner) { super(orderFulfillment, runner); }
 *   }
 *
 * Its id keys the inbox, so each event reaches the saga once. The admin finds saga types through these providers.
 */
export abstract class SagaHandler<
  D = unknown,
  S extends string = string,
  Step extends string = string,
> implements IEventHandler<DomainEvent> {
  protected constructor(
    readonly definition: SagaDefinition<D, S, Step>,
    private readonly runner: SagaRunner,
  ) {}

  async handle(event: DomainEvent): Promise<void> {
    await this.runner.run(this.definition, event);
  }
}
