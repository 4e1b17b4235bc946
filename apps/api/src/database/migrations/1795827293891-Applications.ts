import { MigrationInterface, QueryRunner } from "typeorm";

export class Applications1795827293891 implements MigrationInterface {
    name = 'Applications1795827293891'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "application_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "application_id" uuid NOT NULL,
                "sender_id" uuid,
                "sender_kind" character varying(16) NOT NULL,
                "body" text NOT NULL,
                "interview_at" TIMESTAMP WITH TIME ZONE,
                "interview_place" character varying(200),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ef4ec0c30a4af3ac30b8fde86d3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_application_messages_application" ON "application_messages" ("application_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "applications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "vacancy_id" uuid NOT NULL,
                "candidate_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'submitted',
                "motivation" text NOT NULL,
                "rejection_reason" character varying(32),
                "first_response_at" TIMESTAMP WITH TIME ZONE,
                "last_company_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "overdue_notified_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_applications_vacancy_status" ON "applications" ("vacancy_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_applications_candidate" ON "applications" ("candidate_id", "updated_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_applications_vacancy_candidate" ON "applications" ("vacancy_id", "candidate_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "application_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "application_id" uuid NOT NULL,
                "actor_id" uuid,
                "actor_kind" character varying(16) NOT NULL,
                "from_status" character varying(16),
                "to_status" character varying(16) NOT NULL,
                "reason" character varying(32),
                "note" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fd185969787381d8bf8c529bc00" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_application_events_application" ON "application_events" ("application_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "type" character varying(48) NOT NULL,
                "data" jsonb NOT NULL DEFAULT '{}',
                "read_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_notifications_user" ON "notifications" ("user_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "placements" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "application_id" uuid,
                "student_id" uuid NOT NULL,
                "company_id" uuid NOT NULL,
                "school_id" uuid,
                "vacancy_id" uuid,
                "status" character varying(20) NOT NULL DEFAULT 'proposed',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_91cca43a1baa03ee278d7be74da" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_placements_application" ON "placements" ("application_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_placements_school" ON "placements" ("school_id", "status")
        `);
        await queryRunner.query(`
            ALTER TABLE "vacancies"
            ADD "blind_review" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "application_messages"
            ADD CONSTRAINT "FK_43e440cd32483d05513ab936a5c" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "applications"
            ADD CONSTRAINT "FK_98eda645f55272b67d408cc5c99" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "applications"
            ADD CONSTRAINT "FK_b669b991b85b808f24b5734990a" FOREIGN KEY ("candidate_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "application_events"
            ADD CONSTRAINT "FK_58159d663fba2a48144c5ed3f4d" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placements"
            ADD CONSTRAINT "FK_642cd21ae8a022a801ce685b91d" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "placements" DROP CONSTRAINT "FK_642cd21ae8a022a801ce685b91d"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"
        `);
        await queryRunner.query(`
            ALTER TABLE "application_events" DROP CONSTRAINT "FK_58159d663fba2a48144c5ed3f4d"
        `);
        await queryRunner.query(`
            ALTER TABLE "applications" DROP CONSTRAINT "FK_b669b991b85b808f24b5734990a"
        `);
        await queryRunner.query(`
            ALTER TABLE "applications" DROP CONSTRAINT "FK_98eda645f55272b67d408cc5c99"
        `);
        await queryRunner.query(`
            ALTER TABLE "application_messages" DROP CONSTRAINT "FK_43e440cd32483d05513ab936a5c"
        `);
        await queryRunner.query(`
            ALTER TABLE "vacancies" DROP COLUMN "blind_review"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_placements_school"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_placements_application"
        `);
        await queryRunner.query(`
            DROP TABLE "placements"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_notifications_user"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_application_events_application"
        `);
        await queryRunner.query(`
            DROP TABLE "application_events"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_applications_vacancy_candidate"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_applications_candidate"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_applications_vacancy_status"
        `);
        await queryRunner.query(`
            DROP TABLE "applications"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_application_messages_application"
        `);
        await queryRunner.query(`
            DROP TABLE "application_messages"
        `);
    }

}
