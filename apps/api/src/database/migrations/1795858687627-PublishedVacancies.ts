import { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns of published_vacancies that come from the vacancy row, in the order of the table. */
export const FROM_VACANCY = [
  'organization_id',
  'type',
  'municipality',
  'sector_code',
  'sector_division',
  'levels',
  'qualification_crebos',
  'certificates',
  'min_age',
  'hours_per_week',
  'start_date',
  'end_date',
  'lat',
  'lon',
  'published_at',
  'expires_at',
  'match_skills',
  'search_vector',
  'search_keys',
];

/**
 * The statement trigger function of this migration: copies the changed published vacancies, search vector and keys
 * included, and adds their lexemes to search_lexemes. (Migration SearchVectorsPublishedOnly computes the vector
 * and keys in it instead; its down() restores this one.)
 */
export function copyingSyncFunction(): string {
  const columns = FROM_VACANCY.join(', ');
  const values = FROM_VACANCY.map((column) => `c.${column}`).join(', ');
  const updates = [...FROM_VACANCY, 'accreditations'].map((column) => `${column} = EXCLUDED.${column}`).join(', ');
  return `
      CREATE OR REPLACE FUNCTION tz_published_vacancies_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM published_vacancies p USING changed_vacancies c
        WHERE p.vacancy_id = c.id AND c.status <> 'published';
        INSERT INTO published_vacancies (vacancy_id, ${columns}, accreditations)
        SELECT c.id, ${values}, tz_organization_accreditations(c.organization_id)
        FROM changed_vacancies c WHERE c.status = 'published'
        ON CONFLICT (vacancy_id) DO UPDATE SET ${updates}
        WHERE (published_vacancies.*) IS DISTINCT FROM (EXCLUDED.*);
        -- In one order, so that concurrent writers adding the same new lexemes wait for each other, never deadlock.
        INSERT INTO search_lexemes (lexeme)
        SELECT DISTINCT lexeme FROM changed_vacancies c, unnest(tsvector_to_array(c.search_vector)) AS lexeme
        WHERE c.status = 'published'
        ORDER BY 1
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END
      $$`;
}

/**
 * `published_vacancies`: one narrow row per published vacancy with what search and the matching pre-filter read
 * (docs/performance.md, "Session 4"). In `vacancies` a row is about 2 kB (description, search text, the search
 * vector kept inline), so counting 100,000 matches or reading the 2,500 vacancies near a candidate read as many
 * wide rows, and the small columns (levels, skills) were moved to TOAST. Here a row is about 300 bytes: the search
 * vector is stored out of line (read only to rank the few rows a page shows).
 *
 * Kept by statement triggers, set-based, so that bulk loads stay fast: after INSERT or UPDATE on vacancies the
 * changed rows are copied (published) or removed (any other status); after a change of a company's accreditations
 * its rows get the new list. The same trigger adds the vectors' lexemes to `search_lexemes`, from which search
 * expands a typed prefix to the exact lexemes it stands for (search-text.ts).
 *
 * The search indexes move from vacancies to this table.
 */
export class PublishedVacancies1795858687627 implements MigrationInterface {
  name = 'PublishedVacancies1795858687627';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "published_vacancies" (
        "vacancy_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "type" character varying(32) NOT NULL,
        "municipality" character varying(100) NOT NULL,
        "sector_code" character varying(8),
        "sector_division" character varying(8),
        "levels" character varying(8) array NOT NULL,
        "qualification_crebos" character varying(5) array NOT NULL,
        "certificates" character varying(32) array NOT NULL,
        "min_age" smallint,
        "hours_per_week" smallint NOT NULL,
        "start_date" date,
        "end_date" date,
        "lat" double precision NOT NULL,
        "lon" double precision NOT NULL,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "expires_at" TIMESTAMP WITH TIME ZONE,
        "match_skills" text NOT NULL,
        "accreditations" text NOT NULL,
        "search_vector" tsvector,
        "search_keys" tsvector,
        CONSTRAINT "PK_d12e1935b498ce1d7b0d85c4be9" PRIMARY KEY ("vacancy_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "idx_published_vacancies_organization" ON "published_vacancies" ("organization_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "search_lexemes" (
        "lexeme" text COLLATE "C" NOT NULL,
        CONSTRAINT "PK_312ec3e037adc241c637683f464" PRIMARY KEY ("lexeme")
      )`);
    await queryRunner.query(`
      ALTER TABLE "published_vacancies" ADD CONSTRAINT "FK_d12e1935b498ce1d7b0d85c4be9" FOREIGN KEY ("vacancy_id")
      REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Out of line even when it would fit after compression: the row stays narrow.
    await queryRunner.query(
      `ALTER TABLE "published_vacancies" ALTER COLUMN "search_vector" SET STORAGE EXTERNAL, SET (toast_tuple_target = 512)`,
    );

    await queryRunner.query(`
      CREATE FUNCTION tz_organization_accreditations(organization uuid) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT coalesce(string_agg(a.crebo || ':' || to_char(a.since, 'YYYY-MM-DD') || ':'
                 || coalesce(to_char(a.until, 'YYYY-MM-DD'), ''), ' ' ORDER BY a.crebo), '')
        FROM accreditations a WHERE a.organization_id = organization
      $$`);
    const columns = FROM_VACANCY.join(', ');
    const values = FROM_VACANCY.map((column) => `c.${column}`).join(', ');
    await queryRunner.query(copyingSyncFunction());
    await queryRunner.query(`
      CREATE TRIGGER tz_published_vacancies_insert AFTER INSERT ON "vacancies"
      REFERENCING NEW TABLE AS changed_vacancies FOR EACH STATEMENT EXECUTE FUNCTION tz_published_vacancies_sync()`);
    await queryRunner.query(`
      CREATE TRIGGER tz_published_vacancies_update AFTER UPDATE ON "vacancies"
      REFERENCING NEW TABLE AS changed_vacancies FOR EACH STATEMENT EXECUTE FUNCTION tz_published_vacancies_sync()`);
    await queryRunner.query(`
      CREATE FUNCTION tz_published_vacancies_accreditations() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        organization uuid;
      BEGIN
        FOR organization IN
          SELECT DISTINCT o FROM unnest(ARRAY[
            CASE WHEN TG_OP <> 'INSERT' THEN OLD.organization_id END,
            CASE WHEN TG_OP <> 'DELETE' THEN NEW.organization_id END]) AS o WHERE o IS NOT NULL
        LOOP
          UPDATE published_vacancies SET accreditations = tz_organization_accreditations(organization)
          WHERE organization_id = organization;
        END LOOP;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER tz_published_vacancies_accreditations AFTER INSERT OR UPDATE OR DELETE ON "accreditations"
      FOR EACH ROW EXECUTE FUNCTION tz_published_vacancies_accreditations()`);

    await queryRunner.query(`
      INSERT INTO published_vacancies (vacancy_id, ${columns}, accreditations)
      SELECT c.id, ${values}, tz_organization_accreditations(c.organization_id)
      FROM vacancies c WHERE c.status = 'published'`);
    await queryRunner.query(`
      INSERT INTO search_lexemes (lexeme)
      SELECT DISTINCT lexeme FROM published_vacancies p, unnest(tsvector_to_array(p.search_vector)) AS lexeme`);

    await queryRunner.query(
      `CREATE INDEX "idx_published_vacancies_geo" ON "published_vacancies" USING gist (ll_to_earth(lat, lon))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_published_vacancies_search" ON "published_vacancies" USING gin ("search_vector", "search_keys")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_published_vacancies_published" ON "published_vacancies" ("published_at" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_published_vacancies_facets" ON "published_vacancies" ("expires_at") INCLUDE ("type", "municipality", "sector_division", "levels")`,
    );
    await queryRunner.query(`DROP INDEX IF EXISTS "idx_vacancies_search"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "idx_vacancies_geo"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "idx_vacancies_facets"`);
    // The vacancy row need not hold the vector any more: out of line again (for rows written from now on).
    await queryRunner.query(
      `ALTER TABLE "vacancies" ALTER COLUMN "search_vector" SET STORAGE EXTENDED, ALTER COLUMN "search_vector" SET COMPRESSION DEFAULT`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vacancies" ALTER COLUMN "search_vector" SET STORAGE MAIN`);
    await queryRunner.query(`
      DO $$ BEGIN
        ALTER TABLE "vacancies" ALTER COLUMN "search_vector" SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported THEN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE INDEX "idx_vacancies_search" ON "vacancies" USING gin ("search_vector", "search_keys") WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_vacancies_geo" ON "vacancies" USING gist (ll_to_earth(lat, lon)) WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_vacancies_facets" ON "vacancies" ("expires_at") INCLUDE ("type", "municipality", "sector_division", "levels") WHERE status = 'published'`,
    );
    await queryRunner.query(`DROP TRIGGER tz_published_vacancies_accreditations ON "accreditations"`);
    await queryRunner.query(`DROP FUNCTION tz_published_vacancies_accreditations()`);
    await queryRunner.query(`DROP TRIGGER tz_published_vacancies_update ON "vacancies"`);
    await queryRunner.query(`DROP TRIGGER tz_published_vacancies_insert ON "vacancies"`);
    await queryRunner.query(`DROP FUNCTION tz_published_vacancies_sync()`);
    await queryRunner.query(`DROP FUNCTION tz_organization_accreditations(uuid)`);
    await queryRunner.query(
      `ALTER TABLE "published_vacancies" DROP CONSTRAINT "FK_d12e1935b498ce1d7b0d85c4be9"`,
    );
    await queryRunner.query(`DROP TABLE "search_lexemes"`);
    await queryRunner.query(`DROP TABLE "published_vacancies"`);
  }
}
