import { MigrationInterface, QueryRunner } from "typeorm";

export class Agreements1795836057980 implements MigrationInterface {
    name = 'Agreements1795836057980'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "placement_agreements" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "placement_id" uuid NOT NULL,
                "version" smallint NOT NULL,
                "status" character varying(20) NOT NULL DEFAULT 'awaiting_signatures',
                "content" jsonb NOT NULL,
                "required_parties" character varying(10) array NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "signed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_55188cf1c27802e82714427cef2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_placement_agreements_version" ON "placement_agreements" ("placement_id", "version")
        `);
        await queryRunner.query(`
            CREATE TABLE "agreement_signatures" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "agreement_id" uuid NOT NULL,
                "party" character varying(10) NOT NULL,
                "signer_id" uuid,
                "signer_name" character varying(160) NOT NULL,
                "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_984a05438f47e2b2be99bb192d5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_agreement_signatures_party" ON "agreement_signatures" ("agreement_id", "party")
        `);
        await queryRunner.query(`
            CREATE TABLE "guardian_links" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "agreement_id" uuid NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "name" character varying(160) NOT NULL,
                "email" character varying(254) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a5ef0b9de24a0d6e502b752df40" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_guardian_links_agreement" ON "guardian_links" ("agreement_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_guardian_links_token" ON "guardian_links" ("token_hash")
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_agreements"
            ADD CONSTRAINT "FK_abacbc19304187ba40eed4c53e5" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_signatures"
            ADD CONSTRAINT "FK_1fa7067a918fc3a8262b11e3e58" FOREIGN KEY ("agreement_id") REFERENCES "placement_agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "guardian_links"
            ADD CONSTRAINT "FK_2525bd1362f6a104741eaea81a8" FOREIGN KEY ("agreement_id") REFERENCES "placement_agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "guardian_links" DROP CONSTRAINT "FK_2525bd1362f6a104741eaea81a8"
        `);
        await queryRunner.query(`
            ALTER TABLE "agreement_signatures" DROP CONSTRAINT "FK_1fa7067a918fc3a8262b11e3e58"
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_agreements" DROP CONSTRAINT "FK_abacbc19304187ba40eed4c53e5"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_guardian_links_token"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_guardian_links_agreement"
        `);
        await queryRunner.query(`
            DROP TABLE "guardian_links"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_agreement_signatures_party"
        `);
        await queryRunner.query(`
            DROP TABLE "agreement_signatures"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_placement_agreements_version"
        `);
        await queryRunner.query(`
            DROP TABLE "placement_agreements"
        `);
    }

}
