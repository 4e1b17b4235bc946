import { MigrationInterface, QueryRunner } from "typeorm";

export class Events1795838665703 implements MigrationInterface {
    name = 'Events1795838665703'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(16) NOT NULL,
                "title" character varying(160) NOT NULL,
                "description" text NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "place_id" integer NOT NULL,
                "address" character varying(200),
                "capacity" integer,
                "status" character varying(12) NOT NULL DEFAULT 'pending',
                "organization_id" uuid,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_upcoming" ON "events" ("status", "starts_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "event_signups" (
                "event_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4e7536877f693a91c58f08ebb9e" PRIMARY KEY ("event_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_event_signups_user" ON "event_signups" ("user_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "events"
            ADD CONSTRAINT "FK_047655297d772b6bfd08af7044f" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "events"
            ADD CONSTRAINT "FK_8557ec49101496ab87be666d633" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_signups"
            ADD CONSTRAINT "FK_06187b30abd588b72380a97e61d" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_signups"
            ADD CONSTRAINT "FK_710f7c1512e9b2524e8c3b0411c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "event_signups" DROP CONSTRAINT "FK_710f7c1512e9b2524e8c3b0411c"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_signups" DROP CONSTRAINT "FK_06187b30abd588b72380a97e61d"
        `);
        await queryRunner.query(`
            ALTER TABLE "events" DROP CONSTRAINT "FK_8557ec49101496ab87be666d633"
        `);
        await queryRunner.query(`
            ALTER TABLE "events" DROP CONSTRAINT "FK_047655297d772b6bfd08af7044f"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_event_signups_user"
        `);
        await queryRunner.query(`
            DROP TABLE "event_signups"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_events_upcoming"
        `);
        await queryRunner.query(`
            DROP TABLE "events"
        `);
    }

}
