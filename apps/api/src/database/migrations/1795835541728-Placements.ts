import { MigrationInterface, QueryRunner } from "typeorm";

export class Placements1795835541728 implements MigrationInterface {
    name = 'Placements1795835541728'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "placement_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "placement_id" uuid NOT NULL,
                "actor_id" uuid,
                "action" character varying(32) NOT NULL,
                "from_status" character varying(20),
                "to_status" character varying(20),
                "note" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e37cb45adf6441c9518594b4158" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_placement_events_placement" ON "placement_events" ("placement_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD "qualification_crebo" character varying(5)
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD "route" character varying(3)
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD "start_date" date
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD "end_date" date
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD "hours_per_week" smallint
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD "supervisor_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD "mentor_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD "rejection_note" text
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_placements_student" ON "placements" ("student_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_placements_company" ON "placements" ("company_id", "status")
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD CONSTRAINT "FK_e71185bf033794b7f3ec1593668" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD CONSTRAINT "FK_318a80c3ca29de4ced59d1baec8" FOREIGN KEY ("company_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD CONSTRAINT "FK_2a2468af426327c9687c437b3ba" FOREIGN KEY ("school_id") REFERENCES "organizations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD CONSTRAINT "FK_4f6b960fb60264c9fc4ba917f78" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD CONSTRAINT "FK_ffa1b077e03528ce66657272b81" FOREIGN KEY ("supervisor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD CONSTRAINT "FK_125f6952c3784139ad9c2f51500" FOREIGN KEY ("mentor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_events"
            ADD CONSTRAINT "FK_0b5ba8aca2784ac80e4fa77eed5" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_events"
            ADD CONSTRAINT "FK_4d8a684f3828f242892120b58a7" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "placement_events" DROP CONSTRAINT "FK_4d8a684f3828f242892120b58a7"
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_events" DROP CONSTRAINT "FK_0b5ba8aca2784ac80e4fa77eed5"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP CONSTRAINT "FK_125f6952c3784139ad9c2f51500"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP CONSTRAINT "FK_ffa1b077e03528ce66657272b81"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP CONSTRAINT "FK_4f6b960fb60264c9fc4ba917f78"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP CONSTRAINT "FK_2a2468af426327c9687c437b3ba"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP CONSTRAINT "FK_318a80c3ca29de4ced59d1baec8"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP CONSTRAINT "FK_e71185bf033794b7f3ec1593668"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_placements_company"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_placements_student"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP COLUMN "rejection_note"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP COLUMN "mentor_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP COLUMN "supervisor_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP COLUMN "hours_per_week"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP COLUMN "end_date"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP COLUMN "start_date"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP COLUMN "route"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP COLUMN "qualification_crebo"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_placement_events_placement"
        `);
        await queryRunner.query(`
            DROP TABLE "placement_events"
        `);
    }

}
