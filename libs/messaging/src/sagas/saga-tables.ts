import { QueryRunner } from 'typeorm';

const SCHEMA = /^[a-z][a-z0-9_]*$/;

/** `"<schema>"."<table>"`, for a schema name checked first: it is spliced into SQL, never passed as a parameter. */
export function sagaTable(schema: string, table: 'sagas' | 'saga_keys'): string {
  if (!SCHEMA.test(schema)) throw new Error(`"${schema}" is not a schema name (lower-case letters, digits and _, from a letter)`);
  return `"${schema}"."${table}"`;
}

/**
 * The saga tables of a context, in its schema: one row per saga instance, and its correlation keys (a key finds one
 * saga of a type: the primary key is what stops two starts of one saga). A context's migration calls it once.
 */
export async function createSagaTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  const sagas = sagaTable(schema, 'sagas');
  await queryRunner.query(`CREATE TABLE ${sagas} (
    "id" uuid PRIMARY KEY,
    "type" varchar(200) NOT NULL,
    "correlation_key" varchar(200) NOT NULL,
    "state" varchar(100) NOT NULL,
    "data" jsonb NOT NULL,
    "completed_steps" jsonb NOT NULL,
    "history" jsonb NOT NULL,
    "timeout_state" varchar(100),
    "timeout_due_at" timestamptz,
    "version" integer NOT NULL,
    "started_at" timestamptz NOT NULL,
    "updated_at" timestamptz NOT NULL,
    "ended_at" timestamptz
  )`);
  // The admin's filters and counts, and the stuck count: sagas still waiting on a timeout long due.
  await queryRunner.query(`CREATE INDEX "sagas_by_type_state" ON ${sagas} ("type", "state")`);
  await queryRunner.query(`CREATE INDEX "sagas_timeout_due" ON ${sagas} ("timeout_due_at") WHERE "ended_at" IS NULL`);
  await queryRunner.query(`CREATE TABLE ${sagaTable(schema, 'saga_keys')} (
    "type" varchar(200) NOT NULL,
    "key" varchar(200) NOT NULL,
    "saga_id" uuid NOT NULL REFERENCES ${sagas} ("id") ON DELETE CASCADE,
    PRIMARY KEY ("type", "key")
  )`);
  await queryRunner.query(`CREATE INDEX "saga_keys_by_saga" ON ${sagaTable(schema, 'saga_keys')} ("saga_id")`);
}

/** The reverse of createSagaTables, for the migration's `down`. */
export async function dropSagaTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE ${sagaTable(schema, 'saga_keys')}`);
  await queryRunner.query(`DROP TABLE ${sagaTable(schema, 'sagas')}`);
}
