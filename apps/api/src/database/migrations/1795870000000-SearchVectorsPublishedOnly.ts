import { MigrationInterface, QueryRunner } from 'typeorm';
import { copyingSyncFunction, FROM_VACANCY } from './1795858687627-PublishedVacancies';

/** The search vector of a vacancy row `c`: the title weighted A, then the search text (Dutch, unaccented). */
const SEARCH_VECTOR = `setweight(to_tsvector('dutch', tz_unaccent(coalesce(c.title, ''))), 'A')
          || to_tsvector('dutch', tz_unaccent(coalesce(c.search_text, '')))`;
/** The filter keys of a vacancy row `c` (see search-keys.ts). */
const SEARCH_KEYS = `tz_vacancy_search_keys(c.type, c.municipality, c.lat, c.lon, c.levels, c.qualification_crebos)`;

/**
 * Only `published_vacancies` is searched (migration PublishedVacancies), yet every vacancy row still had its search
 * vector (about 2 kB) and keys computed by a BEFORE trigger and stored, then copied: two TOAST writes per vacancy
 * save. Now the statement trigger that keeps published_vacancies computes them from the row's title and search
 * text, for the published rows only, and vacancies no longer has the columns. The lexemes of the rows it wrote go
 * to search_lexemes as before.
 */
export class SearchVectorsPublishedOnly1795870000000 implements MigrationInterface {
  name = 'SearchVectorsPublishedOnly1795870000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const copied = FROM_VACANCY.filter((column) => column !== 'search_vector' && column !== 'search_keys');
    const columns = [...copied, 'search_vector', 'search_keys', 'accreditations'];
    const values = [
      ...copied.map((column) => `c.${column}`),
      SEARCH_VECTOR,
      SEARCH_KEYS,
      'tz_organization_accreditations(c.organization_id)',
    ];
    const updates = columns.map((column) => `${column} = EXCLUDED.${column}`).join(', ');
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION tz_published_vacancies_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM published_vacancies p USING changed_vacancies c
        WHERE p.vacancy_id = c.id AND c.status <> 'published';
        -- The rows written (new or changed) give their lexemes; in one order, so that concurrent writers adding the
        -- same new lexemes wait for each other, never deadlock.
        WITH written AS (
          INSERT INTO published_vacancies (vacancy_id, ${columns.join(', ')})
          SELECT c.id, ${values.join(', ')}
          FROM changed_vacancies c WHERE c.status = 'published'
          ON CONFLICT (vacancy_id) DO UPDATE SET ${updates}
          WHERE (published_vacancies.*) IS DISTINCT FROM (EXCLUDED.*)
          RETURNING search_vector
        )
        INSERT INTO search_lexemes (lexeme)
        SELECT DISTINCT lexeme FROM written, unnest(tsvector_to_array(written.search_vector)) AS lexeme
        ORDER BY 1
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`DROP TRIGGER tz_vacancies_search_vector ON "vacancies"`);
    await queryRunner.query(`DROP FUNCTION tz_vacancies_search_vector()`);
    await queryRunner.query(`ALTER TABLE "vacancies" DROP COLUMN "search_vector", DROP COLUMN "search_keys"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vacancies" ADD "search_vector" tsvector, ADD "search_keys" tsvector`);
    await queryRunner.query(`
      CREATE FUNCTION tz_vacancies_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('dutch', tz_unaccent(coalesce(NEW.title, ''))), 'A') ||
          to_tsvector('dutch', tz_unaccent(coalesce(NEW.search_text, '')));
        NEW.search_keys := tz_vacancy_search_keys(
          NEW.type, NEW.municipality, NEW.lat, NEW.lon, NEW.levels, NEW.qualification_crebos);
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER tz_vacancies_search_vector
      BEFORE INSERT OR UPDATE OF title, search_text, type, municipality, lat, lon, levels, qualification_crebos
      ON "vacancies" FOR EACH ROW EXECUTE FUNCTION tz_vacancies_search_vector()`);
    await queryRunner.query(copyingSyncFunction());
    // Gives every row its vector and keys again (the BEFORE trigger); the copies come out the same.
    await queryRunner.query(`UPDATE "vacancies" SET search_text = search_text`);
  }
}
