import { MigrationInterface, QueryRunner } from "typeorm";

export class PlacementRounds1795834606653 implements MigrationInterface {
    name = 'PlacementRounds1795834606653'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "placement_round_rankings" (
                "round_id" uuid NOT NULL,
                "student_id" uuid NOT NULL,
                "vacancy_ids" uuid array NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_233325c5c5635a466ab418a063a" PRIMARY KEY ("round_id", "student_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "placement_round_runs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "round_id" uuid NOT NULL,
                "seed" character varying(64) NOT NULL,
                "result" jsonb NOT NULL,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f2e012dc2c855599128c3d496ab" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_placement_round_runs_round" ON "placement_round_runs" ("round_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "placement_round_vacancies" (
                "round_id" uuid NOT NULL,
                "vacancy_id" uuid NOT NULL,
                "capacity" smallint NOT NULL,
                "ranking_mode" character varying(8) NOT NULL DEFAULT 'score',
                "company_ranking" uuid array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_e569bfdc0c8a81c6224ee990006" PRIMARY KEY ("round_id", "vacancy_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_placement_round_vacancies_vacancy" ON "placement_round_vacancies" ("vacancy_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "placement_rounds" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "school_id" uuid NOT NULL,
                "cohort_id" uuid NOT NULL,
                "name" character varying(120) NOT NULL,
                "deadline" TIMESTAMP WITH TIME ZONE NOT NULL,
                "max_choices" smallint NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'open',
                "published_run_id" uuid,
                "published_method" character varying(16),
                "published_at" TIMESTAMP WITH TIME ZONE,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f6d904e76dc0415e7856f8a173a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_placement_rounds_cohort" ON "placement_rounds" ("cohort_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_placement_rounds_school" ON "placement_rounds" ("school_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "applications"
            ADD "placement_round_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_round_rankings"
            ADD CONSTRAINT "FK_2af0649c6c4a2d0e84659a8b695" FOREIGN KEY ("round_id") REFERENCES "placement_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_round_rankings"
            ADD CONSTRAINT "FK_1d2e5872c606de0ed5fea31111c" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_round_runs"
            ADD CONSTRAINT "FK_0499001cee62738fa1467a1e77b" FOREIGN KEY ("round_id") REFERENCES "placement_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_round_vacancies"
            ADD CONSTRAINT "FK_664d4cb566c358f69092ba371e0" FOREIGN KEY ("round_id") REFERENCES "placement_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_round_vacancies"
            ADD CONSTRAINT "FK_f78077b1bf11ad0e03d601f093e" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_rounds"
            ADD CONSTRAINT "FK_819efdfde26095769c146a63743" FOREIGN KEY ("school_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_rounds"
            ADD CONSTRAINT "FK_ccc6d72ea420584a0635cdecee4" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "applications"
            ADD CONSTRAINT "FK_928ec47b43981e5c1b0ecc3db6b" FOREIGN KEY ("placement_round_id") REFERENCES "placement_rounds"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "applications" DROP CONSTRAINT "FK_928ec47b43981e5c1b0ecc3db6b"
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_rounds" DROP CONSTRAINT "FK_ccc6d72ea420584a0635cdecee4"
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_rounds" DROP CONSTRAINT "FK_819efdfde26095769c146a63743"
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_round_vacancies" DROP CONSTRAINT "FK_f78077b1bf11ad0e03d601f093e"
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_round_vacancies" DROP CONSTRAINT "FK_664d4cb566c358f69092ba371e0"
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_round_runs" DROP CONSTRAINT "FK_0499001cee62738fa1467a1e77b"
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_round_rankings" DROP CONSTRAINT "FK_1d2e5872c606de0ed5fea31111c"
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_round_rankings" DROP CONSTRAINT "FK_2af0649c6c4a2d0e84659a8b695"
        `);
        await queryRunner.query(`
            ALTER TABLE "applications" DROP COLUMN "placement_round_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_placement_rounds_school"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_placement_rounds_cohort"
        `);
        await queryRunner.query(`
            DROP TABLE "placement_rounds"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_placement_round_vacancies_vacancy"
        `);
        await queryRunner.query(`
            DROP TABLE "placement_round_vacancies"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_placement_round_runs_round"
        `);
        await queryRunner.query(`
            DROP TABLE "placement_round_runs"
        `);
        await queryRunner.query(`
            DROP TABLE "placement_round_rankings"
        `);
    }

}
