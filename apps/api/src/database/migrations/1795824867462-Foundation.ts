import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795824867462 implements MigrationInterface {
    name = 'Foundation1795824867462'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_events" (
                "id" BIGSERIAL NOT NULL,
                "actor_id" uuid,
                "action" character varying(64) NOT NULL,
                "entity_type" character varying(32) NOT NULL,
                "entity_id" character varying(64) NOT NULL,
                "data" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_events_actor" ON "audit_events" ("actor_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_events_entity" ON "audit_events" ("entity_type", "entity_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "organizations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(16) NOT NULL,
                "name" character varying(200) NOT NULL,
                "city" character varying(100),
                "municipality" character varying(100),
                "kvk_number" character varying(8),
                "brin_code" character varying(8),
                "verification_status" character varying(16) NOT NULL DEFAULT 'pending',
                "verification_note" text,
                "verified_at" TIMESTAMP WITH TIME ZONE,
                "verified_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_organizations_kvk_number" ON "organizations" ("kvk_number")
            WHERE kvk_number IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_organizations_verification" ON "organizations" ("verification_status", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_memberships_organization" ON "memberships" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_memberships_user_organization" ON "memberships" ("user_id", "organization_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "password_hash" text NOT NULL,
                "name" character varying(100) NOT NULL,
                "locale" character varying(2) NOT NULL DEFAULT 'nl',
                "account_type" character varying(16) NOT NULL,
                "candidate_kind" character varying(16),
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email")
        `);
        await queryRunner.query(`
            CREATE TABLE "refresh_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "family_id" uuid NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "user_agent" character varying(300),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_refresh_tokens_user" ON "refresh_tokens" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_refresh_tokens_family" ON "refresh_tokens" ("family_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "rate_limit_counters" (
                "key" character varying(300) NOT NULL,
                "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "hits" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_fff95af8f500fb050737753e12e" PRIMARY KEY ("key", "window_start")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_rate_limit_counters_window" ON "rate_limit_counters" ("window_start")
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD CONSTRAINT "FK_59d92dd6a87ea2093d2a796e850" FOREIGN KEY ("verified_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_e5380c394ec7912046d07b54290" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_e5380c394ec7912046d07b54290"
        `);
        await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations" DROP CONSTRAINT "FK_59d92dd6a87ea2093d2a796e850"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_rate_limit_counters_window"
        `);
        await queryRunner.query(`
            DROP TABLE "rate_limit_counters"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_refresh_tokens_family"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_refresh_tokens_user"
        `);
        await queryRunner.query(`
            DROP TABLE "refresh_tokens"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_users_email"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_memberships_user_organization"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_memberships_organization"
        `);
        await queryRunner.query(`
            DROP TABLE "memberships"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_organizations_verification"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_organizations_kvk_number"
        `);
        await queryRunner.query(`
            DROP TABLE "organizations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_events_entity"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_events_actor"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_events"
        `);
    }

}
