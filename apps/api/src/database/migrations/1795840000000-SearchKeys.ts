import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Filter keys in the full-text index, so that words + place radius + filters are one GIN index scan
 * (docs/performance.md, "Search at national scale"). `search_keys` holds one lexeme per filter value of a vacancy:
 * `ty:<type>`, `lv:<level>`, `cr:<crebo>`, `mu:<municipality>` and the grid cells of its place at three sizes
 * (`g1:` 0.1° x 0.15°, `g2:` 0.3° x 0.45°, `g3:` 1° x 1.5°; about 11 x 10, 33 x 30 and 111 x 100 km in the
 * Netherlands). A radius search asks for the cells its circle touches at the finest size that needs few of them;
 * the exact distance then checks the few rows left. The cell sizes are repeated in
 * apps/api/src/vacancies/search-keys.ts, which builds the queries.
 *
 * The search vector (about 2 kB) is kept in the row, compressed with lz4 where the server has it (PGlite has
 * not): search checks it on every row it walks in publication order, and reading it from TOAST cost ~10 µs a row.
 * Every row is rewritten once (through the trigger) so that the existing vectors move too.
 *
 * `match_skills` holds the vacancy's skills as the matching pre-filter reads them ("code:minLevel:importance"
 * words), written with the search text (VacanciesRepository.refreshSearchText): reading them per row from
 * vacancy_skills cost ~16 µs for each of the thousand vacancies near a candidate.
 */
export class SearchKeys1795840000000 implements MigrationInterface {
  name = 'SearchKeys1795840000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vacancies" ADD "search_keys" tsvector`);
    await queryRunner.query(`ALTER TABLE "vacancies" ADD "match_skills" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION tz_vacancy_search_keys(
        type text, municipality text, lat float8, lon float8, levels varchar[], crebos varchar[]
      ) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_to_tsvector(
          ARRAY[
            'ty:' || type,
            'mu:' || municipality,
            'g1:' || floor(lat / 0.1)::int || ':' || floor(lon / 0.15)::int,
            'g2:' || floor(lat / 0.3)::int || ':' || floor(lon / 0.45)::int,
            'g3:' || floor(lat / 1.0)::int || ':' || floor(lon / 1.5)::int
          ]
          || ARRAY(SELECT 'lv:' || level FROM unnest(levels) AS level)
          || ARRAY(SELECT 'cr:' || crebo FROM unnest(crebos) AS crebo)
        )
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION tz_vacancies_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('dutch', tz_unaccent(coalesce(NEW.title, ''))), 'A') ||
          to_tsvector('dutch', tz_unaccent(coalesce(NEW.search_text, '')));
        NEW.search_keys := tz_vacancy_search_keys(
          NEW.type, NEW.municipality, NEW.lat, NEW.lon, NEW.levels, NEW.qualification_crebos);
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS tz_vacancies_search_vector ON "vacancies"`);
    await queryRunner.query(`
      CREATE TRIGGER tz_vacancies_search_vector
      BEFORE INSERT OR UPDATE OF title, search_text, type, municipality, lat, lon, levels, qualification_crebos
      ON "vacancies" FOR EACH ROW EXECUTE FUNCTION tz_vacancies_search_vector()`);
    await queryRunner.query(`ALTER TABLE "vacancies" ALTER COLUMN "search_vector" SET STORAGE MAIN`);
    await queryRunner.query(`
      DO $$ BEGIN
        ALTER TABLE "vacancies" ALTER COLUMN "search_vector" SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported THEN NULL;
      END $$`);
    // Fires the trigger: search_keys for every row, and every search vector written again in the new way.
    await queryRunner.query(`
      UPDATE "vacancies" v SET title = title, match_skills = coalesce(
        (SELECT string_agg(vs.skill_code || ':' || vs.min_level || ':' || vs.importance, ' ' ORDER BY vs.skill_code)
         FROM vacancy_skills vs WHERE vs.vacancy_id = v.id), '')`);
    await queryRunner.query(`DROP INDEX IF EXISTS "idx_vacancies_search_vector"`);
    await queryRunner.query(
      `CREATE INDEX "idx_vacancies_search" ON "vacancies" USING gin ("search_vector", "search_keys") WHERE status = 'published'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "idx_vacancies_search"`);
    await queryRunner.query(
      `ALTER TABLE "vacancies" ALTER COLUMN "search_vector" SET STORAGE EXTENDED, ALTER COLUMN "search_vector" SET COMPRESSION DEFAULT`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_vacancies_search_vector" ON "vacancies" USING gin ("search_vector") WHERE status = 'published'`,
    );
    await queryRunner.query(`DROP TRIGGER IF EXISTS tz_vacancies_search_vector ON "vacancies"`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION tz_vacancies_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('dutch', tz_unaccent(coalesce(NEW.title, ''))), 'A') ||
          to_tsvector('dutch', tz_unaccent(coalesce(NEW.search_text, '')));
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER tz_vacancies_search_vector BEFORE INSERT OR UPDATE OF title, search_text ON "vacancies"
      FOR EACH ROW EXECUTE FUNCTION tz_vacancies_search_vector()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS tz_vacancy_search_keys`);
    await queryRunner.query(`ALTER TABLE "vacancies" DROP COLUMN "match_skills"`);
    await queryRunner.query(`ALTER TABLE "vacancies" DROP COLUMN "search_keys"`);
  }
}
