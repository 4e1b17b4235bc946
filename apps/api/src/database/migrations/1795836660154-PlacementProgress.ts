import { MigrationInterface, QueryRunner } from "typeorm";

export class PlacementProgress1795836660154 implements MigrationInterface {
    name = 'PlacementProgress1795836660154'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "evaluations" (
                "placement_id" uuid NOT NULL,
                "kind" character varying(8) NOT NULL,
                "ratings" jsonb NOT NULL,
                "summary" text NOT NULL,
                "written_by" uuid,
                "written_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "cosigned_by" uuid,
                "cosigned_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_9d86c57c8cbe824b006aa9d76ea" PRIMARY KEY ("placement_id", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "hours_entries" (
                "placement_id" uuid NOT NULL,
                "week_start" date NOT NULL,
                "hours" numeric(4, 1) NOT NULL,
                "note" character varying(500),
                "status" character varying(10) NOT NULL DEFAULT 'submitted',
                "reviewed_by" uuid,
                "reviewed_at" TIMESTAMP WITH TIME ZONE,
                "comment" character varying(500),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ffeba8318e5a1bba8d4572021b7" PRIMARY KEY ("placement_id", "week_start")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "reports" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(12) NOT NULL,
                "category" character varying(16),
                "description" text,
                "placement_id" uuid,
                "company_id" uuid NOT NULL,
                "school_id" uuid,
                "reporter_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reports_placement" ON "reports" ("placement_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reports_school" ON "reports" ("school_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD "termination_reason" text
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluations"
            ADD CONSTRAINT "FK_7d50c96601c3aa58ab602895cdb" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluations"
            ADD CONSTRAINT "FK_4098081066f5bd689c2d9f251e8" FOREIGN KEY ("written_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluations"
            ADD CONSTRAINT "FK_71e3d5dfad677290c6e1bbf962f" FOREIGN KEY ("cosigned_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "hours_entries"
            ADD CONSTRAINT "FK_f5a528ad59b890fb2cee7aaaa8e" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "hours_entries"
            ADD CONSTRAINT "FK_3c7a61244344189edf863ef848f" FOREIGN KEY ("reviewed_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "FK_8bb5460205ab2fd06fddcc830d2" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "FK_c94259fada646a1a0cbe5a1738c" FOREIGN KEY ("company_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "FK_9459b9bf907a3807ef7143d2ead" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "FK_9459b9bf907a3807ef7143d2ead"
        `);
        await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "FK_c94259fada646a1a0cbe5a1738c"
        `);
        await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "FK_8bb5460205ab2fd06fddcc830d2"
        `);
        await queryRunner.query(`
            ALTER TABLE "hours_entries" DROP CONSTRAINT "FK_3c7a61244344189edf863ef848f"
        `);
        await queryRunner.query(`
            ALTER TABLE "hours_entries" DROP CONSTRAINT "FK_f5a528ad59b890fb2cee7aaaa8e"
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluations" DROP CONSTRAINT "FK_71e3d5dfad677290c6e1bbf962f"
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluations" DROP CONSTRAINT "FK_4098081066f5bd689c2d9f251e8"
        `);
        await queryRunner.query(`
            ALTER TABLE "evaluations" DROP CONSTRAINT "FK_7d50c96601c3aa58ab602895cdb"
        `);
        await queryRunner.query(`
            ALTER TABLE "placements" DROP COLUMN "termination_reason"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_reports_school"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_reports_placement"
        `);
        await queryRunner.query(`
            DROP TABLE "reports"
        `);
        await queryRunner.query(`
            DROP TABLE "hours_entries"
        `);
        await queryRunner.query(`
            DROP TABLE "evaluations"
        `);
    }

}
