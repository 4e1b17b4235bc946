import { MigrationInterface, QueryRunner } from "typeorm";

export class SearchAndProfiles1795826103268 implements MigrationInterface {
    name = 'SearchAndProfiles1795826103268'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Extensions and functions the search needs; they exist in PostgreSQL 15 and in PGlite alike.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS cube`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION tz_unaccent(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
        `);
        await queryRunner.query(`
            CREATE TABLE "qualifications" (
                "crebo" character varying(5) NOT NULL,
                "name_nl" character varying(160) NOT NULL,
                "name_en" character varying(160) NOT NULL,
                "level" smallint NOT NULL,
                "dossier_crebo" character varying(5) NOT NULL,
                "dossier" character varying(160) NOT NULL,
                "domain" character varying(120) NOT NULL,
                "routes" character varying(3) array NOT NULL DEFAULT '{}',
                "skill_codes" character varying(64) array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_aa11babf89fc21eea7fccc89827" PRIMARY KEY ("crebo")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "accreditations" (
                "organization_id" uuid NOT NULL,
                "crebo" character varying(5) NOT NULL,
                "since" date NOT NULL,
                "until" date,
                CONSTRAINT "PK_20c39a8958dc211300edcd851cb" PRIMARY KEY ("organization_id", "crebo")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "places" (
                "id" SERIAL NOT NULL,
                "name" character varying(100) NOT NULL,
                "municipality" character varying(100) NOT NULL,
                "municipality_code" character varying(4) NOT NULL,
                "province" character varying(40) NOT NULL,
                "lat" double precision NOT NULL,
                "lon" double precision NOT NULL,
                CONSTRAINT "PK_1afab86e226b4c3bc9a74465c12" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_places_name_municipality" ON "places" ("name", "municipality_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "organization_locations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "place_id" integer NOT NULL,
                "address" character varying(200),
                CONSTRAINT "PK_1067a088e0cb83a06b57ce3e504" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "invitations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "email" character varying(254) NOT NULL,
                "role" character varying(16) NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "invited_by_id" uuid,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_invitations_token_hash" ON "invitations" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_invitations_organization" ON "invitations" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "skills" (
                "code" character varying(64) NOT NULL,
                "parent_code" character varying(64),
                "label_nl" character varying(120) NOT NULL,
                "label_en" character varying(120) NOT NULL,
                "kind" character varying(8) NOT NULL,
                "esco_uri" character varying(200),
                "synonyms" text array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_038684d9432434385638dce158d" PRIMARY KEY ("code")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "candidate_skills" (
                "user_id" uuid NOT NULL,
                "skill_code" character varying(64) NOT NULL,
                "level" smallint NOT NULL,
                CONSTRAINT "PK_e5a68a9e1721d4b5f7a12f9a6cc" PRIMARY KEY ("user_id", "skill_code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_candidate_skills_skill" ON "candidate_skills" ("skill_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "candidate_profiles" (
                "user_id" uuid NOT NULL,
                "school_id" uuid,
                "program_id" uuid,
                "cohort_id" uuid,
                "education_level" character varying(8),
                "route" character varying(3),
                "qualification_crebo" character varying(5),
                "date_of_birth" date,
                "home_place_id" integer,
                "max_travel_km" smallint NOT NULL DEFAULT '25',
                "wanted_types" character varying(32) array NOT NULL DEFAULT '{}',
                "sector_codes" character varying(8) array NOT NULL DEFAULT '{}',
                "hours_per_week_min" smallint,
                "hours_per_week_max" smallint,
                "available_from" date,
                "available_to" date,
                "certificates" character varying(32) array NOT NULL DEFAULT '{}',
                "languages" jsonb NOT NULL DEFAULT '[]',
                "about" text,
                "experience" text,
                "discoverable" boolean NOT NULL DEFAULT false,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5a3673f11918bcea56f48549603" PRIMARY KEY ("user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_candidate_profiles_school" ON "candidate_profiles" ("school_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "vacancy_skills" (
                "vacancy_id" uuid NOT NULL,
                "skill_code" character varying(64) NOT NULL,
                "min_level" smallint NOT NULL DEFAULT '1',
                "importance" character varying(4) NOT NULL DEFAULT 'must',
                CONSTRAINT "PK_57e68cd9364b8493b6c3e006b08" PRIMARY KEY ("vacancy_id", "skill_code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_vacancy_skills_skill" ON "vacancy_skills" ("skill_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "vacancies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "type" character varying(32) NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'draft',
                "title" character varying(120) NOT NULL,
                "description" text NOT NULL,
                "place_id" integer NOT NULL,
                "lat" double precision NOT NULL,
                "lon" double precision NOT NULL,
                "municipality" character varying(100) NOT NULL,
                "levels" character varying(8) array NOT NULL DEFAULT '{}',
                "qualification_crebos" character varying(5) array NOT NULL DEFAULT '{}',
                "sector_code" character varying(8),
                "sector_division" character varying(8),
                "certificates" character varying(32) array NOT NULL DEFAULT '{}',
                "min_age" smallint,
                "hours_per_week" smallint NOT NULL,
                "start_date" date,
                "end_date" date,
                "positions" smallint NOT NULL DEFAULT '1',
                "compensation" character varying(200),
                "contact_name" character varying(100),
                "contact_email" character varying(254),
                "published_at" TIMESTAMP WITH TIME ZONE,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "search_text" text NOT NULL DEFAULT '',
                "search_vector" tsvector,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3b45154a366568190cc15be2906" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_vacancies_organization" ON "vacancies" ("organization_id", "status")
        `);
        await queryRunner.query(`
            CREATE TABLE "saved_vacancies" (
                "user_id" uuid NOT NULL,
                "vacancy_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_eaca832c669925138a017ef3865" PRIMARY KEY ("user_id", "vacancy_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "programs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "name" character varying(160) NOT NULL,
                "crebo" character varying(5),
                "croho" character varying(8),
                "level" character varying(8) NOT NULL,
                "route" character varying(3),
                CONSTRAINT "PK_d43c664bcaafc0e8a06dfd34e05" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_programs_organization" ON "programs" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "cohorts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "program_id" uuid NOT NULL,
                "name" character varying(60) NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                CONSTRAINT "PK_fd38f76b135e907b834fda1e752" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cohorts_program" ON "cohorts" ("program_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "sectors" (
                "code" character varying(8) NOT NULL,
                "parent_code" character varying(8),
                "name_nl" character varying(200) NOT NULL,
                "name_en" character varying(200) NOT NULL,
                "level" character varying(8) NOT NULL,
                CONSTRAINT "PK_182f6a983ef4914b39c1aae5482" PRIMARY KEY ("code")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "search_words" (
                "word" character varying(60) NOT NULL,
                CONSTRAINT "PK_d9d27dac96e8272918599c9f537" PRIMARY KEY ("word")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "description" text
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "sector_code" character varying(8)
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "website" character varying(300)
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "size" character varying(8)
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "logo" bytea
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "logo_type" character varying(20)
        `);
        await queryRunner.query(`
            ALTER TABLE "accreditations"
            ADD CONSTRAINT "FK_d6dda2729dfcf8f89bafb99949f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "accreditations"
            ADD CONSTRAINT "FK_ad4360ba6242e4d3597d04ea095" FOREIGN KEY ("crebo") REFERENCES "qualifications"("crebo") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organization_locations"
            ADD CONSTRAINT "FK_20d80ee31e8cc0a5bb15282784c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organization_locations"
            ADD CONSTRAINT "FK_6c8cdf4e2a5fc93898e647adfff" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "FK_42d1dbb4d85dc3643fdc6560af0" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_skills"
            ADD CONSTRAINT "FK_172a3d1b9ba2e67045e0b77e730" FOREIGN KEY ("user_id") REFERENCES "candidate_profiles"("user_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_skills"
            ADD CONSTRAINT "FK_72dff1e7662f90f957fa16b6e9b" FOREIGN KEY ("skill_code") REFERENCES "skills"("code") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_profiles"
            ADD CONSTRAINT "FK_5a3673f11918bcea56f48549603" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vacancy_skills"
            ADD CONSTRAINT "FK_e9fb9b8bf0940be78459af00351" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vacancy_skills"
            ADD CONSTRAINT "FK_b959845ab6b84b8dcf5cd2d2064" FOREIGN KEY ("skill_code") REFERENCES "skills"("code") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vacancies"
            ADD CONSTRAINT "FK_fe5495a34ed94c747445639566a" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "vacancies"
            ADD CONSTRAINT "FK_a2d06f23c6e97aed1a257aea27c" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "saved_vacancies"
            ADD CONSTRAINT "FK_292578b4d88e95ac4dc0fb5cc2e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "saved_vacancies"
            ADD CONSTRAINT "FK_7118303168dcda8d9909f1fda19" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "programs"
            ADD CONSTRAINT "FK_c5834d3b3137f015ea45906474c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohorts"
            ADD CONSTRAINT "FK_d8e49c656a43855ec1b0f1ff1b5" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // What TypeORM cannot express: the search vector trigger and the search indexes.
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION tz_vacancies_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.search_vector :=
                    setweight(to_tsvector('dutch', tz_unaccent(coalesce(NEW.title, ''))), 'A') ||
                    to_tsvector('dutch', tz_unaccent(coalesce(NEW.search_text, '')));
                RETURN NEW;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER tz_vacancies_search_vector BEFORE INSERT OR UPDATE OF title, search_text ON "vacancies"
            FOR EACH ROW EXECUTE FUNCTION tz_vacancies_search_vector()
        `);
        await queryRunner.query(`CREATE INDEX "idx_vacancies_search_vector" ON "vacancies" USING gin ("search_vector") WHERE status = 'published'`);
        await queryRunner.query(`CREATE INDEX "idx_vacancies_geo" ON "vacancies" USING gist (ll_to_earth("lat", "lon")) WHERE status = 'published'`);
        await queryRunner.query(`CREATE INDEX "idx_vacancies_published" ON "vacancies" ("published_at" DESC) WHERE status = 'published'`);
        await queryRunner.query(`CREATE INDEX "idx_search_words_trgm" ON "search_words" USING gin ("word" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "idx_places_name_trgm" ON "places" USING gin (tz_unaccent(lower("name")) gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_places_name_trgm"`);
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_search_words_trgm"`);
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_vacancies_published"`);
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_vacancies_geo"`);
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_vacancies_search_vector"`);
        await queryRunner.query(`DROP TRIGGER IF EXISTS tz_vacancies_search_vector ON "vacancies"`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS tz_vacancies_search_vector()`);
        await queryRunner.query(`
            ALTER TABLE "cohorts" DROP CONSTRAINT "FK_d8e49c656a43855ec1b0f1ff1b5"
        `);
        await queryRunner.query(`
            ALTER TABLE "programs" DROP CONSTRAINT "FK_c5834d3b3137f015ea45906474c"
        `);
        await queryRunner.query(`
            ALTER TABLE "saved_vacancies" DROP CONSTRAINT "FK_7118303168dcda8d9909f1fda19"
        `);
        await queryRunner.query(`
            ALTER TABLE "saved_vacancies" DROP CONSTRAINT "FK_292578b4d88e95ac4dc0fb5cc2e"
        `);
        await queryRunner.query(`
            ALTER TABLE "vacancies" DROP CONSTRAINT "FK_a2d06f23c6e97aed1a257aea27c"
        `);
        await queryRunner.query(`
            ALTER TABLE "vacancies" DROP CONSTRAINT "FK_fe5495a34ed94c747445639566a"
        `);
        await queryRunner.query(`
            ALTER TABLE "vacancy_skills" DROP CONSTRAINT "FK_b959845ab6b84b8dcf5cd2d2064"
        `);
        await queryRunner.query(`
            ALTER TABLE "vacancy_skills" DROP CONSTRAINT "FK_e9fb9b8bf0940be78459af00351"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_profiles" DROP CONSTRAINT "FK_5a3673f11918bcea56f48549603"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_skills" DROP CONSTRAINT "FK_72dff1e7662f90f957fa16b6e9b"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_skills" DROP CONSTRAINT "FK_172a3d1b9ba2e67045e0b77e730"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "FK_42d1dbb4d85dc3643fdc6560af0"
        `);
        await queryRunner.query(`
            ALTER TABLE "organization_locations" DROP CONSTRAINT "FK_6c8cdf4e2a5fc93898e647adfff"
        `);
        await queryRunner.query(`
            ALTER TABLE "organization_locations" DROP CONSTRAINT "FK_20d80ee31e8cc0a5bb15282784c"
        `);
        await queryRunner.query(`
            ALTER TABLE "accreditations" DROP CONSTRAINT "FK_ad4360ba6242e4d3597d04ea095"
        `);
        await queryRunner.query(`
            ALTER TABLE "accreditations" DROP CONSTRAINT "FK_d6dda2729dfcf8f89bafb99949f"
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "logo_type"
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "logo"
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "size"
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "website"
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "sector_code"
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "description"
        `);
        await queryRunner.query(`
            DROP TABLE "search_words"
        `);
        await queryRunner.query(`
            DROP TABLE "sectors"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cohorts_program"
        `);
        await queryRunner.query(`
            DROP TABLE "cohorts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_programs_organization"
        `);
        await queryRunner.query(`
            DROP TABLE "programs"
        `);
        await queryRunner.query(`
            DROP TABLE "saved_vacancies"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_vacancies_organization"
        `);
        await queryRunner.query(`
            DROP TABLE "vacancies"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_vacancy_skills_skill"
        `);
        await queryRunner.query(`
            DROP TABLE "vacancy_skills"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_candidate_profiles_school"
        `);
        await queryRunner.query(`
            DROP TABLE "candidate_profiles"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_candidate_skills_skill"
        `);
        await queryRunner.query(`
            DROP TABLE "candidate_skills"
        `);
        await queryRunner.query(`
            DROP TABLE "skills"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_invitations_organization"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_invitations_token_hash"
        `);
        await queryRunner.query(`
            DROP TABLE "invitations"
        `);
        await queryRunner.query(`
            DROP TABLE "organization_locations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_places_name_municipality"
        `);
        await queryRunner.query(`
            DROP TABLE "places"
        `);
        await queryRunner.query(`
            DROP TABLE "accreditations"
        `);
        await queryRunner.query(`
            DROP TABLE "qualifications"
        `);
        await queryRunner.query(`DROP FUNCTION IF EXISTS tz_unaccent(text)`);
        await queryRunner.query(`DROP EXTENSION IF EXISTS earthdistance`);
        await queryRunner.query(`DROP EXTENSION IF EXISTS cube`);
        await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
        await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    }

}
