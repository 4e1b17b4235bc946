import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search tuning measured by `npm run bench:search` (docs/performance.md): a covering index that lets the facet
 * counts read only the index, and search_text (only read by the trigger that builds the search vector) stored
 * out of line and uncompressed, so that it does not widen the rows that search reads.
 */
export class SearchTuning1795829311000 implements MigrationInterface {
  name = 'SearchTuning1795829311000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_vacancies_facets" ON "vacancies" ("expires_at") INCLUDE ("type", "municipality", "sector_division", "levels") WHERE status = 'published'`,
    );
    await queryRunner.query(`ALTER TABLE "vacancies" ALTER COLUMN "search_text" SET STORAGE EXTERNAL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vacancies" ALTER COLUMN "search_text" SET STORAGE EXTENDED`);
    await queryRunner.query(`DROP INDEX IF EXISTS "idx_vacancies_facets"`);
  }
}
