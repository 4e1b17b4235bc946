import { EntityManager } from 'typeorm';
import type { DemoDataSet, GeneratedVacancy } from './generator';
import type { TownRef } from './region-data';

/** Rows per statement: large enough for few round trips, small enough for PGlite's single session. */
const CHUNK = 1000;

export interface LoadPasswords {
  /** The argon2 hash of DEMO_PASSWORD, for the DEMO_USERS. */
  demo: string;
  /** A hash nobody can log in with, for every generated candidate. */
  unusable: string;
}

async function insertRows(manager: EntityManager, rows: readonly object[], sql: string, chunk = CHUNK): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    await manager.query(sql, [JSON.stringify(rows.slice(start, start + chunk))]);
  }
}

export interface ResolvedPlace {
  id: number;
  name: string;
  municipality: string;
  lat: number;
  lon: number;
}

const placeKey = (town: TownRef): string => `${town.name}|${town.municipalityCode}`;

/** Looks up the places (by name and municipality code) once; a town missing from the places table is an error. */
export async function resolvePlaces(
  manager: EntityManager,
  towns: readonly TownRef[],
): Promise<Map<string, ResolvedPlace>> {
  const unique = [...new Map(towns.map((town) => [placeKey(town), town])).values()];
  const rows: (ResolvedPlace & { municipality_code: string })[] = await manager.query(
    `SELECT p.id, p.name, p.municipality, p.municipality_code, p.lat, p.lon
     FROM places p JOIN jsonb_to_recordset($1::jsonb) AS x(name text, "municipalityCode" text)
       ON p.name = x.name AND p.municipality_code = x."municipalityCode"`,
    [JSON.stringify(unique)],
  );
  const places = new Map(rows.map((row) => [`${row.name}|${row.municipality_code}`, row]));
  const missing = unique.filter((town) => !places.has(placeKey(town)));
  if (missing.length) {
    throw new Error(`Places missing from the places table: ${missing.map(placeKey).join(', ')}`);
  }
  return places;
}

export function placeOf(places: Map<string, ResolvedPlace>, town: TownRef): ResolvedPlace {
  return places.get(placeKey(town)) as ResolvedPlace;
}

/** The vacancy columns as jsonb_to_recordset reads them; shared with the benchmark loader. */
export const VACANCY_RECORD = `x(id uuid, organization_id uuid, type text, status text, title text, description text,
  place_id int, lat float8, lon float8, municipality text, levels jsonb, qualification_crebos jsonb, sector_code text,
  sector_division text, certificates jsonb, min_age int, hours_per_week int, start_date date, end_date date,
  positions int, compensation text, contact_name text, contact_email text, published_at timestamptz,
  expires_at timestamptz, closed_at timestamptz, created_at timestamptz)`;

export const INSERT_VACANCIES = `INSERT INTO vacancies (id, organization_id, type, status, title, description, place_id, lat, lon,
    municipality, levels, qualification_crebos, sector_code, sector_division, certificates, min_age, hours_per_week,
    start_date, end_date, positions, compensation, contact_name, contact_email, published_at, expires_at, closed_at,
    created_at, updated_at)
  SELECT id, organization_id, type, status, title, description, place_id, lat, lon, municipality,
    ARRAY(SELECT jsonb_array_elements_text(levels)), ARRAY(SELECT jsonb_array_elements_text(qualification_crebos)),
    sector_code, sector_division, ARRAY(SELECT jsonb_array_elements_text(certificates)), min_age, hours_per_week,
    start_date, end_date, positions, compensation, contact_name, contact_email, published_at, expires_at, closed_at,
    created_at, coalesce(closed_at, published_at, created_at)
  FROM jsonb_to_recordset($1::jsonb) AS ${VACANCY_RECORD}`;

export const INSERT_VACANCY_SKILLS = `INSERT INTO vacancy_skills (vacancy_id, skill_code, min_level, importance)
  SELECT vacancy_id, skill_code, min_level, importance
  FROM jsonb_to_recordset($1::jsonb) AS x(vacancy_id uuid, skill_code text, min_level int, importance text)`;

export function vacancyRecord(vacancy: GeneratedVacancy, place: ResolvedPlace): object {
  return {
    id: vacancy.id,
    organization_id: vacancy.organizationId,
    type: vacancy.type,
    status: vacancy.status,
    title: vacancy.title,
    description: vacancy.description,
    place_id: place.id,
    lat: place.lat,
    lon: place.lon,
    municipality: place.municipality,
    levels: vacancy.levels,
    qualification_crebos: vacancy.qualificationCrebos,
    sector_code: vacancy.sectorCode,
    sector_division: vacancy.sectorDivision,
    certificates: vacancy.certificates,
    min_age: vacancy.minAge,
    hours_per_week: vacancy.hoursPerWeek,
    start_date: vacancy.startDate,
    end_date: vacancy.endDate,
    positions: vacancy.positions,
    compensation: vacancy.compensation,
    contact_name: vacancy.contactName,
    contact_email: vacancy.contactEmail,
    published_at: vacancy.publishedAt,
    expires_at: vacancy.expiresAt,
    closed_at: vacancy.closedAt,
    created_at: vacancy.createdAt,
  };
}

export function vacancySkillRecords(vacancy: GeneratedVacancy): object[] {
  return vacancy.skills.map((skill) => ({
    vacancy_id: vacancy.id,
    skill_code: skill.skillCode,
    min_level: skill.minLevel,
    importance: skill.importance,
  }));
}

/**
 * Writes the generated rows with a few bulk statements (INSERT ... SELECT FROM jsonb_to_recordset, in chunks).
 * Runs inside the caller's transaction; the caller refreshes the vacancies' search text afterwards.
 */
export async function loadDemoData(manager: EntityManager, data: DemoDataSet, passwords: LoadPasswords): Promise<void> {
  const towns: TownRef[] = [
    ...data.locations.map((l) => l.town),
    ...data.vacancies.map((v) => v.town),
    ...data.profiles.flatMap((p) => (p.homeTown ? [p.homeTown] : [])),
    ...data.events.map((e) => e.town),
  ];
  const places = await resolvePlaces(manager, towns);

  await insertRows(
    manager,
    data.users.map((u) => ({ ...u, password_hash: u.demoLogin ? passwords.demo : passwords.unusable })),
    `INSERT INTO users (id, email, password_hash, name, locale, account_type, candidate_kind, created_at, updated_at,
                        email_verified_at)
     SELECT id, email, password_hash, name, 'nl', "accountType", "candidateKind", "createdAt", "createdAt", "createdAt"
     FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, email text, password_hash text, name text, "accountType" text, "candidateKind" text, "createdAt" timestamptz)`,
  );
  await insertRows(
    manager,
    data.organizations,
    `INSERT INTO organizations (id, kind, name, city, municipality, kvk_number, brin_code, description, sector_code, website,
       size, verification_status, verified_at, created_at, updated_at)
     SELECT id, kind, name, city, municipality, "kvkNumber", "brinCode", description, "sectorCode", website, size,
       "verificationStatus", "verifiedAt", "createdAt", coalesce("verifiedAt", "createdAt")
     FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, kind text, name text, city text, municipality text, "kvkNumber" text, "brinCode" text,
            description text, "sectorCode" text, website text, size text, "verificationStatus" text,
            "verifiedAt" timestamptz, "createdAt" timestamptz)`,
  );
  await insertRows(
    manager,
    data.memberships,
    `INSERT INTO memberships (user_id, organization_id, role)
     SELECT "userId", "organizationId", role FROM jsonb_to_recordset($1::jsonb) AS x("userId" uuid, "organizationId" uuid, role text)`,
  );
  await insertRows(
    manager,
    data.locations.map((l) => ({
      organizationId: l.organizationId,
      placeId: placeOf(places, l.town).id,
      address: l.address,
    })),
    `INSERT INTO organization_locations (organization_id, place_id, address)
     SELECT "organizationId", "placeId", address FROM jsonb_to_recordset($1::jsonb) AS x("organizationId" uuid, "placeId" int, address text)`,
  );
  await insertRows(
    manager,
    data.accreditations,
    `INSERT INTO accreditations (organization_id, crebo, since, until)
     SELECT "organizationId", crebo, since, until FROM jsonb_to_recordset($1::jsonb)
       AS x("organizationId" uuid, crebo text, since date, until date)`,
  );
  await insertRows(
    manager,
    data.programs,
    `INSERT INTO programs (id, organization_id, name, crebo, croho, level, route)
     SELECT id, "organizationId", name, crebo, croho, level, route FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, "organizationId" uuid, name text, crebo text, croho text, level text, route text)`,
  );
  await insertRows(
    manager,
    data.cohorts,
    `INSERT INTO cohorts (id, program_id, name, start_date, end_date)
     SELECT id, "programId", name, "startDate", "endDate" FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, "programId" uuid, name text, "startDate" date, "endDate" date)`,
  );
  await insertRows(
    manager,
    // The skills go to their own table; JSON.stringify leaves out the undefined fields.
    data.profiles.map((profile) => ({
      ...profile,
      skills: undefined,
      homeTown: undefined,
      homePlaceId: profile.homeTown ? placeOf(places, profile.homeTown).id : null,
    })),
    `INSERT INTO candidate_profiles (user_id, school_id, program_id, cohort_id, education_level, route, qualification_crebo,
       date_of_birth, home_place_id, max_travel_km, wanted_types, sector_codes, hours_per_week_min, hours_per_week_max,
       available_from, available_to, certificates, languages, about, experience, discoverable)
     SELECT "userId", "schoolId", "programId", "cohortId", "educationLevel", route, "qualificationCrebo", "dateOfBirth",
       "homePlaceId", "maxTravelKm", ARRAY(SELECT jsonb_array_elements_text("wantedTypes")),
       ARRAY(SELECT jsonb_array_elements_text("sectorCodes")), "hoursPerWeekMin", "hoursPerWeekMax", "availableFrom",
       "availableTo", ARRAY(SELECT jsonb_array_elements_text(certificates)), languages, about, experience, discoverable
     FROM jsonb_to_recordset($1::jsonb)
       AS x("userId" uuid, "schoolId" uuid, "programId" uuid, "cohortId" uuid, "educationLevel" text, route text,
            "qualificationCrebo" text, "dateOfBirth" date, "homePlaceId" int, "maxTravelKm" int, "wantedTypes" jsonb,
            "sectorCodes" jsonb, "hoursPerWeekMin" int, "hoursPerWeekMax" int, "availableFrom" date, "availableTo" date,
            certificates jsonb, languages jsonb, about text, experience text, discoverable boolean)`,
  );
  await insertRows(
    manager,
    data.profiles.flatMap((p) => p.skills.map((s) => ({ userId: p.userId, skillCode: s.skillCode, level: s.level }))),
    `INSERT INTO candidate_skills (user_id, skill_code, level)
     SELECT "userId", "skillCode", level FROM jsonb_to_recordset($1::jsonb) AS x("userId" uuid, "skillCode" text, level int)`,
    5000,
  );
  await insertRows(
    manager,
    data.vacancies.map((v) => vacancyRecord(v, placeOf(places, v.town))),
    INSERT_VACANCIES,
    500,
  );
  await insertRows(manager, data.vacancies.flatMap(vacancySkillRecords), INSERT_VACANCY_SKILLS, 5000);
  await insertRows(
    manager,
    data.placements,
    `INSERT INTO placements (id, student_id, company_id, school_id, vacancy_id, status, qualification_crebo, route,
       start_date, end_date, hours_per_week, mentor_id, supervisor_id)
     SELECT id, "studentId", "companyId", "schoolId", "vacancyId", status, "qualificationCrebo", route, "startDate",
       "endDate", "hoursPerWeek", "mentorId", "supervisorId" FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, "studentId" uuid, "companyId" uuid, "schoolId" uuid, "vacancyId" uuid, status text,
            "qualificationCrebo" text, route text, "startDate" date, "endDate" date, "hoursPerWeek" int,
            "mentorId" uuid, "supervisorId" uuid)`,
  );
  await insertRows(
    manager,
    data.placements.map((p) => ({ placementId: p.id, status: p.status })),
    `INSERT INTO placement_events (placement_id, action, from_status, to_status)
     SELECT "placementId", 'proposed', NULL, 'proposed' FROM jsonb_to_recordset($1::jsonb) AS x("placementId" uuid, status text)
     UNION ALL
     SELECT "placementId", 'approve', 'proposed', 'approved' FROM jsonb_to_recordset($1::jsonb) AS x("placementId" uuid, status text)
       WHERE status = 'approved'`,
  );
  await insertRows(
    manager,
    data.rounds,
    `INSERT INTO placement_rounds (id, school_id, cohort_id, name, deadline, max_choices, status)
     SELECT id, "schoolId", "cohortId", name, deadline, "maxChoices", 'open' FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, "schoolId" uuid, "cohortId" uuid, name text, deadline timestamptz, "maxChoices" int)`,
  );
  await insertRows(
    manager,
    data.rounds.flatMap((round) => round.vacancies.map((v) => ({ ...v, roundId: round.id }))),
    `INSERT INTO placement_round_vacancies (round_id, vacancy_id, capacity)
     SELECT "roundId", "vacancyId", capacity FROM jsonb_to_recordset($1::jsonb)
       AS x("roundId" uuid, "vacancyId" uuid, capacity int)`,
  );
  await insertRows(
    manager,
    data.rounds.flatMap((round) => round.rankings.map((r) => ({ ...r, roundId: round.id }))),
    `INSERT INTO placement_round_rankings (round_id, student_id, vacancy_ids)
     SELECT "roundId", "studentId", ARRAY(SELECT jsonb_array_elements_text("vacancyIds"))::uuid[]
     FROM jsonb_to_recordset($1::jsonb) AS x("roundId" uuid, "studentId" uuid, "vacancyIds" jsonb)`,
  );
  await insertRows(
    manager,
    data.events.map((e) => ({ ...e, town: undefined, signups: undefined, placeId: placeOf(places, e.town).id })),
    `INSERT INTO events (id, kind, status, title, description, starts_at, ends_at, place_id, address, capacity,
       organization_id, created_at)
     SELECT id, kind, status, title, description, "startsAt", "endsAt", "placeId", address, capacity, "organizationId",
       "createdAt" FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, kind text, status text, title text, description text, "startsAt" timestamptz,
            "endsAt" timestamptz, "placeId" int, address text, capacity int, "organizationId" uuid,
            "createdAt" timestamptz)`,
  );
  await insertRows(
    manager,
    data.events.flatMap((e) => e.signups.map((userId, index) => ({ eventId: e.id, userId, index }))),
    `INSERT INTO event_signups (event_id, user_id, created_at)
     SELECT "eventId", "userId", now() - make_interval(hours => index) FROM jsonb_to_recordset($1::jsonb)
       AS x("eventId" uuid, "userId" uuid, index int)`,
  );
}
