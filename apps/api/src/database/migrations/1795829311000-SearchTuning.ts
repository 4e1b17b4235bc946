import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search tuning measured by `npm run bench:search` (docs/performance.md): a covering index that lets the facet
 * counts read only the index, and the wide text columns kept out of the table's main pages.
 */
export class SearchTuning1795829311000 implements MigrationInterface {
  name = 'SearchTuning1795829311000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_vacancies_facets" ON "vacancies" ("expires_at") INCLUDE ("type", "municipality", "sector_division", "levels") WHERE status = 'published'`,
    );
    await queryRunner.query(`ALTER TABLE "vacancies" SET (toast_tuple_target = 128)`);
    await queryRunner.query(`ALTER TABLE "vacancies" ALTER COLUMN "search_text" SET STORAGE EXTERNAL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vacancies" ALTER COLUMN "search_text" SET STORAGE EXTENDED`);
    await queryRunner.query(`ALTER TABLE "vacancies" RESET (toast_tuple_target)`);
    await queryRunner.query(`DROP INDEX IF EXISTS "idx_vacancies_facets"`);
  }
}
