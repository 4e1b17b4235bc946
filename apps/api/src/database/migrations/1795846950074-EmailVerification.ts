import { MigrationInterface, QueryRunner } from "typeorm";

/** E-mail address confirmation: companies publish vacancies only once their address is confirmed. */

export class EmailVerification1795846950074 implements MigrationInterface {
    name = 'EmailVerification1795846950074'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "email_verifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c1ea2921e767f83cd44c0af203f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_email_verifications_user" ON "email_verifications" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_email_verifications_token" ON "email_verifications" ("token_hash")
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "email_verified_at" TIMESTAMP WITH TIME ZONE
        `);
        // Accounts made before addresses were confirmed keep working as they did: their address counts as confirmed.
        await queryRunner.query(`UPDATE "users" SET "email_verified_at" = "created_at"`);
        await queryRunner.query(`
            ALTER TABLE "email_verifications"
            ADD CONSTRAINT "FK_c4f1838323ae1dff5aa00148915" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "email_verifications" DROP CONSTRAINT "FK_c4f1838323ae1dff5aa00148915"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "email_verified_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_email_verifications_token"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_email_verifications_user"
        `);
        await queryRunner.query(`
            DROP TABLE "email_verifications"
        `);
    }

}
