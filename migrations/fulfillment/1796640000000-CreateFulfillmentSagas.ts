import { createSagaTables, dropSagaTables } from '@promenade/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The order fulfillment saga's rows and correlation keys, in the fulfillment schema. */
export class CreateFulfillmentSagas1796640000000 implements MigrationInterface {
  name = 'CreateFulfillmentSagas1796640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createSagaTables(queryRunner, 'fulfillment');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropSagaTables(queryRunner, 'fulfillment');
  }
}
