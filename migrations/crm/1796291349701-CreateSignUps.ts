import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSignUps1796291349701 implements MigrationInterface {
  name = 'CreateSignUps1796291349701';

  /**
   * What CRM has heard of each sign-up from Identity's events (registered with which address, verified
   * when), so that a customer a rep keeps with that address is linked to the user only once the address
   * is verified, whichever of the two events arrives first. Every fact column is nullable for that reason.
   */
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "crm"."sign_ups" (
      "user_id" uuid PRIMARY KEY,
      "email" text,
      "display_name" text,
      "email_verified_at" timestamptz
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "crm"."sign_ups"`);
  }
}
