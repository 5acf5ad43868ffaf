import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProfiles1795244088767 implements MigrationInterface {
  name = 'CreateProfiles1795244088767';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The id is the user's id: one profile per user, gone with the user. The check is deferred to commit
    // so registration may save the user and the profile in either order within its transaction.
    await queryRunner.query(`CREATE TABLE "identity"."profiles" (
      "id" uuid PRIMARY KEY REFERENCES "identity"."users" ("id") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
      "version" integer NOT NULL,
      "display_name" varchar(100) NOT NULL,
      "bio" text,
      "avatar_url" varchar(2048),
      "locale" varchar(64),
      "timezone" varchar(64),
      "social_links" jsonb NOT NULL DEFAULT '{}',
      "visibility" varchar(16) NOT NULL CHECK ("visibility" IN ('public', 'private')),
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."profiles"`);
  }
}
