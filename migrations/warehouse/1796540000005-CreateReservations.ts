import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReservations1796540000005 implements MigrationInterface {
  name = 'CreateReservations1796540000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "warehouse"."reservations" (
      "id" uuid PRIMARY KEY,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "warehouse"."reservations"`);
  }
}
