import { MigrationInterface, QueryRunner } from 'typeorm';

/** The program office's reason for not approving a company's event, shown to the organiser. */
export class EventReviewNote1795869733012 implements MigrationInterface {
  name = 'EventReviewNote1795869733012';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" ADD "review_note" character varying(500)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "review_note"`);
  }
}
