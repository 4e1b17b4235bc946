import { MigrationInterface, QueryRunner } from "typeorm";

export class PasswordResets1795839223216 implements MigrationInterface {
    name = 'PasswordResets1795839223216'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "password_resets" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_password_resets_user" ON "password_resets" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_password_resets_token" ON "password_resets" ("token_hash")
        `);
        await queryRunner.query(`
            ALTER TABLE "password_resets"
            ADD CONSTRAINT "FK_f7a4c3bc48f24df007936d217be" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "password_resets" DROP CONSTRAINT "FK_f7a4c3bc48f24df007936d217be"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_password_resets_token"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_password_resets_user"
        `);
        await queryRunner.query(`
            DROP TABLE "password_resets"
        `);
    }

}
