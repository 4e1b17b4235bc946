import {
  REGION_MUNICIPALITIES,
  type CandidateLanguageInput,
  type Certificate,
  type CompanySize,
  type EducationLevel,
  type EventKind,
  type LearningRoute,
  type MembershipRole,
  type OrganizationKind,
  type SkillImportance,
  type SkillLevel,
  type VacancyStatus,
  type VacancyType,
} from '@techzone/contracts';
import qualificationsData from '../../taxonomy/data/qualifications.json';
import skillsData from '../../taxonomy/data/skills.json';
import { DEMO_EMAIL_DOMAIN, DEMO_ORGANIZATIONS, DEMO_USERS } from './demo-data';
import { Random } from './random';
import {
  COMPANY_SUFFIXES,
  FIRST_NAMES,
  GENERATED_SCHOOLS,
  HBO_PROGRAMMES,
  INTERNATIONAL_FIRST_NAMES,
  INTERNATIONAL_LAST_NAMES,
  LAST_NAMES,
  MARKETS,
  MBO_PROGRAMME_CREBOS,
  NEARBY_TOWNS,
  REGION_TOWNS,
  REGIONAL_WORDS,
  SOFT_SKILLS,
  STREETS,
  TRADE_BY_KEY,
  TRADES,
  type Role,
  type Town,
  type TownRef,
  type Trade,
  type TradeKey,
} from './region-data';

/**
 * Generates the regional demo data as plain rows: pure and deterministic (same seed and reference date, same
 * rows, ids included). The loader (loader.ts) writes them to the database; the benchmark reuses the company and
 * vacancy logic at national scale.
 */

export interface GeneratedOrganization {
  id: string;
  kind: OrganizationKind;
  name: string;
  city: string;
  municipality: string;
  kvkNumber: string | null;
  brinCode: string | null;
  description: string;
  sectorCode: string | null;
  website: string;
  size: CompanySize | null;
  verificationStatus: 'verified' | 'pending';
  verifiedAt: string | null;
  createdAt: string;
}

export interface GeneratedLocation {
  organizationId: string;
  town: TownRef;
  address: string;
}

export interface GeneratedAccreditation {
  organizationId: string;
  crebo: string;
  since: string;
  until: string | null;
}

export interface GeneratedProgram {
  id: string;
  organizationId: string;
  name: string;
  crebo: string | null;
  croho: string | null;
  level: EducationLevel;
  route: LearningRoute | null;
}

export interface GeneratedCohort {
  id: string;
  programId: string;
  name: string;
  startDate: string;
  endDate: string;
}

export interface GeneratedVacancySkill {
  skillCode: string;
  minLevel: SkillLevel;
  importance: SkillImportance;
}

export interface GeneratedVacancy {
  id: string;
  organizationId: string;
  type: VacancyType;
  status: VacancyStatus;
  title: string;
  description: string;
  town: TownRef;
  levels: EducationLevel[];
  qualificationCrebos: string[];
  sectorCode: string | null;
  sectorDivision: string | null;
  certificates: Certificate[];
  minAge: number | null;
  hoursPerWeek: number;
  startDate: string | null;
  endDate: string | null;
  positions: number;
  compensation: string | null;
  contactName: string | null;
  contactEmail: string | null;
  publishedAt: string | null;
  expiresAt: string | null;
  closedAt: string | null;
  createdAt: string;
  skills: GeneratedVacancySkill[];
}

export interface GeneratedUser {
  id: string;
  email: string;
  name: string;
  accountType: 'candidate' | 'member' | 'admin';
  candidateKind: 'student' | 'professional' | null;
  /** Only the DEMO_USERS log in (with DEMO_PASSWORD); every generated candidate gets an unusable hash. */
  demoLogin: boolean;
  createdAt: string;
}

export interface GeneratedMembership {
  userId: string;
  organizationId: string;
  role: MembershipRole;
}

export interface GeneratedProfile {
  userId: string;
  schoolId: string | null;
  programId: string | null;
  cohortId: string | null;
  educationLevel: EducationLevel | null;
  route: LearningRoute | null;
  qualificationCrebo: string | null;
  dateOfBirth: string | null;
  homeTown: TownRef | null;
  maxTravelKm: number;
  wantedTypes: VacancyType[];
  sectorCodes: string[];
  hoursPerWeekMin: number | null;
  hoursPerWeekMax: number | null;
  availableFrom: string | null;
  availableTo: string | null;
  certificates: Certificate[];
  languages: CandidateLanguageInput[];
  about: string | null;
  experience: string | null;
  discoverable: boolean;
  skills: { skillCode: string; level: SkillLevel }[];
}

export interface GeneratedRound {
  id: string;
  schoolId: string;
  cohortId: string;
  name: string;
  deadline: string;
  maxChoices: number;
  vacancies: { vacancyId: string; capacity: number }[];
  rankings: { studentId: string; vacancyIds: string[] }[];
}

export interface GeneratedPlacement {
  id: string;
  studentId: string;
  companyId: string;
  schoolId: string;
  vacancyId: string;
  status: 'proposed' | 'approved';
  qualificationCrebo: string;
  route: LearningRoute;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  mentorId: string | null;
  supervisorId: string | null;
}

export interface GeneratedEvent {
  id: string;
  kind: EventKind;
  status: 'published' | 'pending';
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  town: TownRef;
  address: string;
  capacity: number | null;
  /** The organising company; null for the program office. */
  organizationId: string | null;
  createdAt: string;
  /** Generated candidates who signed up (never a demo login, so the demos and browser tests start clean). */
  signups: string[];
}

export interface DemoDataSet {
  organizations: GeneratedOrganization[];
  locations: GeneratedLocation[];
  accreditations: GeneratedAccreditation[];
  programs: GeneratedProgram[];
  cohorts: GeneratedCohort[];
  vacancies: GeneratedVacancy[];
  users: GeneratedUser[];
  memberships: GeneratedMembership[];
  profiles: GeneratedProfile[];
  rounds: GeneratedRound[];
  placements: GeneratedPlacement[];
  events: GeneratedEvent[];
}

export interface DemoDataOptions {
  seed: number | string;
  /** The reference date: publication dates, ages and periods are relative to it. */
  now: Date;
  companies: number;
  vacancies: number;
  students: number;
  professionals: number;
}

export const DEFAULT_DEMO_OPTIONS: Omit<DemoDataOptions, 'now'> = {
  seed: 20260914,
  companies: 320,
  vacancies: 1600,
  students: 2400,
  professionals: 900,
};

// ---------------------------------------------------------------------------------------------------------------
// Reference data

interface QualificationData {
  crebo: string;
  nl: string;
  level: number;
  routes: string[];
  skills: string[];
}
const QUALIFICATIONS = new Map((qualificationsData as QualificationData[]).map((q) => [q.crebo, q]));
const SKILL_LABELS = new Map((skillsData as { code: string; nl: string }[]).map((s) => [s.code, s.nl]));
const MUNICIPALITY_NAMES = new Map<string, string>(REGION_MUNICIPALITIES.map((m) => [m.code, m.name]));

const DAY = 24 * 3600 * 1000;

function qualification(crebo: string): QualificationData {
  const found = QUALIFICATIONS.get(crebo);
  if (!found) {
    throw new Error(`Unknown crebo ${crebo} in the demo-data vocabulary.`);
  }
  return found;
}

function mboLevel(crebo: string): EducationLevel {
  return `mbo${qualification(crebo).level}` as EducationLevel;
}

function skillLabel(code: string): string {
  return SKILL_LABELS.get(code) ?? code;
}

export function slugify(text: string): string {
  return text
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, 'en')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY);
const utcDate = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

/** The first `month`/`day` strictly after `now`, at least `minDays` away. */
function nextDate(now: Date, month: number, day: number, minDays = 14): Date {
  let candidate = utcDate(now.getUTCFullYear(), month, day);
  while (candidate.getTime() < now.getTime() + minDays * DAY) {
    candidate = utcDate(candidate.getUTCFullYear() + 1, month, day);
  }
  return candidate;
}

function addMonths(date: Date, months: number): Date {
  return utcDate(date.getUTCFullYear(), date.getUTCMonth() + 1 + months, date.getUTCDate());
}

/** "lasser MIG/MAG" from "Lasser MIG/MAG", but "CNC-verspaner" and "PLC-programmeur" stay. */
function lowerFirst(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title[0].toLowerCase() + title.slice(1) : title;
}

export function townsByName(towns: readonly Town[]): Map<string, Town> {
  return new Map(towns.map((town) => [town.name, town]));
}
const REGION_TOWN_BY_NAME = townsByName(REGION_TOWNS);

function regionTown(name: string): Town {
  const town = REGION_TOWN_BY_NAME.get(name);
  if (!town) {
    throw new Error(`${name} is not a TechZone town.`);
  }
  return town;
}

export function municipalityName(town: TownRef & { municipality?: string }): string {
  return town.municipality ?? MUNICIPALITY_NAMES.get(town.municipalityCode) ?? town.municipalityCode;
}

// ---------------------------------------------------------------------------------------------------------------
// People

export interface Person {
  first: string;
  last: string;
  name: string;
  international: boolean;
}

export function person(rng: Random, internationalShare = 0.08): Person {
  const international = rng.chance(internationalShare);
  const first = rng.pick(international ? INTERNATIONAL_FIRST_NAMES : FIRST_NAMES);
  const last = rng.pick(international && rng.chance(0.8) ? INTERNATIONAL_LAST_NAMES : LAST_NAMES);
  return { first, last, name: `${first} ${last[0].toUpperCase()}${last.slice(1)}`, international };
}

// ---------------------------------------------------------------------------------------------------------------
// Companies

/** What the vacancy logic needs to know about a company. */
export interface CompanyProfile {
  id: string;
  name: string;
  slug: string;
  town: Town & { municipality?: string };
  /** Primary trade first. */
  trades: Trade[];
  accreditedCrebos: string[];
  sectorCode: string;
  size: CompanySize;
  verified: boolean;
  locations: (Town & { municipality?: string })[];
  description: string;
}

const SIZE_WEIGHTS: Record<CompanySize, number> = { '1-9': 15, '10-49': 45, '50-249': 30, '250+': 10 };
const SIZE_TEXT: Record<CompanySize, string> = {
  '1-9': 'een klein team van vakmensen',
  '10-49': 'zo’n dertig medewerkers',
  '50-249': 'ruim honderd medewerkers',
  '250+': 'meer dan 250 medewerkers',
};
/** How many vacancies a company of this size posts, relatively. */
export const SIZE_VACANCY_WEIGHT: Record<CompanySize, number> = { '1-9': 1, '10-49': 3, '50-249': 7, '250+': 14 };

export interface CompanyGeneratorState {
  usedNames: Set<string>;
  usedKvk: Set<string>;
}

export function newCompanyGeneratorState(): CompanyGeneratorState {
  return {
    usedNames: new Set(DEMO_ORGANIZATIONS.map((org) => org.name)),
    usedKvk: new Set(DEMO_ORGANIZATIONS.flatMap((org) => (org.kvkNumber ? [org.kvkNumber] : []))),
  };
}

function companyName(rng: Random, trade: Trade, town: Town, state: CompanyGeneratorState): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const suffix = rng.pick(COMPANY_SUFFIXES);
    const name = [rng.pick(REGIONAL_WORDS), rng.pick(trade.companyWords), suffix].filter(Boolean).join(' ');
    if (!state.usedNames.has(name)) {
      state.usedNames.add(name);
      return name;
    }
  }
  for (let n = 1; ; n++) {
    const name = `${rng.pick(REGIONAL_WORDS)} ${rng.pick(trade.companyWords)} ${town.name}${n > 1 ? ` ${n}` : ''}`;
    if (!state.usedNames.has(name)) {
      state.usedNames.add(name);
      return name;
    }
  }
}

function kvkNumber(rng: Random, state: CompanyGeneratorState): string {
  for (;;) {
    const kvk = String(rng.int(1_000_000, 99_999_999)).padStart(8, '0');
    if (!state.usedKvk.has(kvk)) {
      state.usedKvk.add(kvk);
      return kvk;
    }
  }
}

function companyDescription(rng: Random, name: string, trade: Trade, town: TownRef, size: CompanySize): string {
  const markets = rng.sample(MARKETS, 2);
  const since = rng.int(1948, 2015);
  return [
    `${name} is gespecialiseerd in ${rng.pick(trade.makes)}, voor ${markets[0]} en ${markets[1]}.`,
    `Het bedrijf werd opgericht in ${since}, is gevestigd in ${town.name} en telt ${SIZE_TEXT[size]}.`,
    rng.pick([
      'We werken met moderne machines en investeren in de opleiding van onze mensen.',
      'Vakmanschap, korte lijnen en een informele sfeer kenmerken ons bedrijf.',
      'Als erkend leerbedrijf begeleiden we elk jaar stagiairs en BBL-leerlingen.',
      'Duurzaam produceren en slim automatiseren staan bij ons hoog op de agenda.',
    ]),
  ].join(' ');
}

function secondaryTrades(rng: Random, primary: Trade): Trade[] {
  const extra: Trade[] = [];
  for (const [key, probability] of [
    ['logistics', 0.45],
    ['maintenance', 0.3],
    ['engineering', 0.25],
  ] as const) {
    if (key !== primary.key && rng.chance(probability)) {
      extra.push(TRADE_BY_KEY.get(key) as Trade);
    }
  }
  return extra;
}

export interface GeneratedCompany {
  profile: CompanyProfile;
  organization: GeneratedOrganization;
  locations: GeneratedLocation[];
  accreditations: GeneratedAccreditation[];
}

/** One fictional manufacturing company in one of `towns` (weighted by industry). */
export function generateCompany(
  rng: Random,
  now: Date,
  towns: readonly (Town & { municipality?: string })[],
  state: CompanyGeneratorState,
  overrides: Partial<Pick<CompanyProfile, 'name' | 'town' | 'trades' | 'verified'>> & { kvkNumber?: string } = {},
): GeneratedCompany {
  const id = rng.uuid();
  const primary = overrides.trades?.[0] ?? rng.weighted(TRADES, (trade) => trade.weight);
  const trades = overrides.trades ?? [primary, ...secondaryTrades(rng, primary)];
  const town = overrides.town ?? rng.weighted(towns, (t) => t.industry);
  const name = overrides.name ?? companyName(rng, primary, town, state);
  const slug = slugify(name.replace(/\s+(Nederland )?B\.V\.$/, ''));
  const size = rng.weightedKey(SIZE_WEIGHTS);
  const sectorCode = rng.pick(primary.sectors);
  const verified = overrides.verified ?? rng.chance(0.95);
  const extraLocations = rng.weightedKey({ 0: 70, 1: 22, 2: 8 } as Record<string, number>);
  const locationTowns = [town];
  for (let i = 0; i < Number(extraLocations); i++) {
    const other = rng.weighted(towns, (t) => t.industry);
    if (!locationTowns.includes(other)) {
      locationTowns.push(other);
    }
  }
  // Most companies are erkend leerbedrijf for a few of the qualifications of their trades.
  const crebos = [...new Set(trades.flatMap((trade) => trade.roles.flatMap((role) => role.crebos)))];
  const primaryCrebos = [...new Set(primary.roles.flatMap((role) => role.crebos))];
  const accredited =
    rng.chance(0.85) || overrides.trades
      ? [...new Set([...rng.sample(primaryCrebos, rng.int(1, 3)), ...rng.sample(crebos, rng.int(0, 2))])]
      : [];
  const accreditations = accredited.map((crebo) => {
    const since = addDays(now, -rng.int(60, 4 * 365));
    const lapsed = rng.chance(0.05);
    return {
      organizationId: id,
      crebo,
      since: isoDate(lapsed ? addDays(since, -4 * 365) : since),
      until: isoDate(lapsed ? addDays(now, -rng.int(10, 200)) : addDays(since, 4 * 365)),
    };
  });
  const activeCrebos = accreditations.filter((a) => a.until === null || a.until > isoDate(now)).map((a) => a.crebo);
  const description = companyDescription(rng, name, primary, town, size);
  const createdAt = addDays(now, -rng.int(90, 700));
  const profile: CompanyProfile = {
    id,
    name,
    slug,
    town,
    trades,
    accreditedCrebos: activeCrebos,
    sectorCode,
    size,
    verified,
    locations: locationTowns,
    description,
  };
  return {
    profile,
    organization: {
      id,
      kind: 'company',
      name,
      city: town.name,
      municipality: municipalityName(town),
      kvkNumber: overrides.kvkNumber ?? kvkNumber(rng, state),
      brinCode: null,
      description,
      sectorCode,
      website: `https://${slug}.example`,
      size,
      verificationStatus: verified ? 'verified' : 'pending',
      verifiedAt: verified ? addDays(createdAt, rng.int(1, 20)).toISOString() : null,
      createdAt: createdAt.toISOString(),
    },
    locations: locationTowns.map((t) => ({
      organizationId: id,
      town: { name: t.name, municipalityCode: t.municipalityCode },
      address: `${rng.pick(STREETS)} ${rng.int(1, 160)}`,
    })),
    accreditations,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Vacancies

const TYPE_WEIGHTS: Record<VacancyType, number> = {
  bol_internship: 28,
  bbl_apprenticeship: 18,
  graduation_internship: 9,
  job: 29,
  part_time_job: 9,
  retraining: 7,
};

const GRADUATION_SKILLS = [
  'cad.modelling3d',
  'digital.data',
  'digital.python',
  'quality.rca',
  'quality.lean',
  'quality.fmea',
  'digital.excel',
  'cad.calculations',
  'soft.reporting',
];

const GRADUATION_TASKS = [
  [
    'Je brengt de huidige situatie in kaart, verzamelt data op de werkvloer en praat met operators, monteurs en engineers.',
    'Je begint met een analyse van het proces en de knelpunten, samen met je begeleider uit het bedrijf.',
  ],
  [
    'Je werkt oplossingen uit, test ze in de praktijk en presenteert je advies aan het managementteam.',
    'Je ontwerpt een verbetering, rekent de kosten en baten door en maakt een plan voor de invoering.',
  ],
] as const;

const LEVEL_TEXT: Record<EducationLevel, string> = {
  mbo1: 'mbo niveau 1 (Entree)',
  mbo2: 'mbo niveau 2',
  mbo3: 'mbo niveau 3',
  mbo4: 'mbo niveau 4',
  hbo: 'hbo',
  wo: 'wo',
  none: 'geen diploma nodig',
};

const CERTIFICATE_TEXT: Record<Certificate, string> = {
  vca_basic: 'VCA-basis',
  vca_vol: 'VCA-VOL',
  forklift: 'een heftruckcertificaat',
  reach_truck: 'een reachtruckcertificaat',
  nen3140: 'NEN 3140 (VP of VOP)',
  bhv: 'een BHV-diploma',
  welding_certificate: 'een geldig lascertificaat',
  driving_licence_b: 'rijbewijs B',
  driving_licence_c: 'rijbewijs C',
  aerial_work_platform: 'een hoogwerkercertificaat',
  f_gas: 'een F-gassencertificaat',
};

export interface VacancyContext {
  company: CompanyProfile;
  now: Date;
  /** Forces the type (otherwise weighted, and MBO placements only where the company is accredited). */
  type?: VacancyType;
  /** Forces the status (otherwise mostly published). */
  status?: VacancyStatus | 'expired';
  /** Forces the place (otherwise one of the company's locations). */
  town?: Town & { municipality?: string };
  /** Forces the trade of the work. */
  trade?: Trade;
}

function pickType(rng: Random, company: CompanyProfile): VacancyType {
  const type = rng.weightedKey(TYPE_WEIGHTS);
  if ((type === 'bol_internship' || type === 'bbl_apprenticeship') && !company.accreditedCrebos.length) {
    return rng.pick(['job', 'graduation_internship', 'part_time_job', 'retraining'] as const);
  }
  return type;
}

function pickRole(rng: Random, trade: Trade, type: VacancyType, company: CompanyProfile): Role {
  if (type === 'bol_internship' || type === 'bbl_apprenticeship') {
    const fitting = trade.roles.filter((role) => role.crebos.some((c) => company.accreditedCrebos.includes(c)));
    if (fitting.length) {
      return rng.pick(fitting);
    }
    const anyFitting = company.trades
      .flatMap((t) => t.roles)
      .filter((role) => role.crebos.some((c) => company.accreditedCrebos.includes(c)));
    if (anyFitting.length) {
      return rng.pick(anyFitting);
    }
  }
  return rng.pick(trade.roles);
}

function vacancyTitle(
  rng: Random,
  type: VacancyType,
  role: Role,
  levels: EducationLevel[],
  hours: number,
  topic: string,
): string {
  const lower = lowerFirst(role.title);
  const mbo = levels.filter((level) => level.startsWith('mbo')).map((level) => level.slice(3));
  const niveau = mbo.length ? ` (niveau ${mbo.join('/')})` : '';
  let title: string;
  switch (type) {
    case 'bol_internship':
      title = rng.pick([`BOL-stage ${lower}${niveau}`, `Stagiair ${lower}${niveau}`, `Stage ${lower} (BOL)`]);
      break;
    case 'bbl_apprenticeship':
      title = rng.pick([
        `Leerbaan ${lower} (BBL${mbo.length ? ` niveau ${mbo.join('/')}` : ''})`,
        `BBL-leerling ${lower}`,
        `Werken en leren: ${lower}${niveau}`,
      ]);
      break;
    case 'graduation_internship':
      title = `Afstudeerstage: ${topic}`;
      break;
    case 'job':
      title = rng.pick([
        role.title,
        role.title,
        `Allround ${lower}`,
        `Ervaren ${lower}`,
        `${role.title} in dagdienst`,
        `${role.title} (fulltime)`,
      ]);
      break;
    case 'part_time_job':
      title = rng.pick([
        `${role.title} parttime (${hours} uur)`,
        `Parttime ${lower}`,
        `Bijbaan ${lower} (${hours} uur per week)`,
      ]);
      break;
    case 'retraining':
      title = rng.pick([
        `Omscholing tot ${lower} (zij-instroom)`,
        `Zij-instromer ${lower}`,
        `Leer het vak: ${lower} met opleiding`,
      ]);
      break;
  }
  return title.length > 120 ? `${title.slice(0, 117)}...` : title;
}

/** 2600 → "2.600" (Dutch thousands separator), without depending on ICU. */
const euros = (amount: number): string => String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function compensationText(rng: Random, type: VacancyType): string {
  switch (type) {
    case 'bol_internship':
      return `Stagevergoeding € ${rng.pick([250, 300, 350, 400])} per maand${rng.chance(0.5) ? ' en reiskostenvergoeding' : ''}`;
    case 'bbl_apprenticeship':
      return `Leerlingsalaris vanaf € ${euros(rng.int(14, 19) * 100)} bruto per maand (cao ${rng.pick(['Metalektro', 'Metaal en Techniek', 'Kunststof- en Rubberindustrie'])}), opleiding betaald`;
    case 'graduation_internship':
      return `Afstudeervergoeding € ${rng.pick([400, 450, 500, 600])} per maand`;
    case 'job': {
      const low = rng.int(26, 34) * 100;
      return `€ ${euros(low)} - € ${euros(low + rng.int(6, 12) * 100)} bruto per maand${rng.chance(0.4) ? ' plus ploegentoeslag' : ''}`;
    }
    case 'part_time_job':
      return `€ ${rng.int(14, 19)},${rng.pick(['00', '25', '50', '75'])} bruto per uur`;
    case 'retraining':
      return 'Salaris tijdens de opleiding, opleiding en certificaten volledig betaald';
  }
}

function typeSentence(rng: Random, type: VacancyType, company: CompanyProfile): string {
  switch (type) {
    case 'bol_internship':
      return rng.pick([
        'Tijdens je BOL-stage (BPV) werk je onder begeleiding van een ervaren praktijkopleider aan de werkprocessen uit je kwalificatiedossier.',
        'Je loopt stage in een vast team; je praktijkopleider maakt samen met je school een leerplan voor de hele stageperiode.',
      ]);
    case 'bbl_apprenticeship':
      return rng.pick([
        'In deze BBL-leerbaan werk je vier dagen bij ons en ga je één dag per week naar school. Je krijgt een arbeidscontract.',
        `Werken en leren tegelijk: je verdient een salaris bij ${company.name} en haalt ondertussen je mbo-diploma via de BBL.`,
      ]);
    case 'graduation_internship':
      return 'Je werkt zelfstandig aan een opdracht die er voor ons echt toe doet, met een begeleider uit het bedrijf en van je hogeschool of universiteit.';
    case 'job':
      return rng.pick([
        'Je komt in een hecht team waar vakmanschap wordt gewaardeerd.',
        'Na een goede inwerkperiode draai je zelfstandig mee in de productie.',
        'Je werkt in dagdienst of tweeploegendienst, in overleg.',
      ]);
    case 'part_time_job':
      return rng.pick([
        'Deze parttime baan past goed naast je studie of een andere baan.',
        'Je werkt vaste dagdelen; in overleg kan dat ook op zaterdag.',
      ]);
    case 'retraining':
      return 'Geen ervaring in de techniek? Geen probleem: je volgt een omscholingstraject met een erkende opleiding en leert het vak in de praktijk, met een vaste werkplek in het vooruitzicht.';
  }
}

/** One vacancy of `company`, with Dutch title and text fitting its trade. */
export function generateVacancy(rng: Random, context: VacancyContext): GeneratedVacancy {
  const { company, now } = context;
  const type = context.type ?? pickType(rng, company);
  const trade =
    context.trade ??
    (rng.chance(0.75) || company.trades.length === 1 ? company.trades[0] : rng.pick(company.trades.slice(1)));
  const role = pickRole(rng, trade, type, company);
  const town = context.town ?? (rng.chance(0.75) ? company.locations[0] : rng.pick(company.locations));

  // Levels and qualifications
  let qualificationCrebos: string[] = [];
  let levels: EducationLevel[];
  if (type === 'bol_internship' || type === 'bbl_apprenticeship') {
    const accredited = role.crebos.filter((c) => company.accreditedCrebos.includes(c));
    qualificationCrebos = rng.sample(accredited.length ? accredited : role.crebos, rng.int(1, 2)).sort();
    levels = [...new Set(qualificationCrebos.map(mboLevel))].sort();
  } else if (type === 'graduation_internship') {
    levels = rng.chance(0.3) ? ['hbo', 'wo'] : ['hbo'];
  } else if (type === 'retraining') {
    levels = rng.chance(0.5) ? ['none', 'mbo1', 'mbo2'] : ['none', 'mbo2', 'mbo3'];
  } else if (type === 'part_time_job') {
    levels = rng.chance(0.5) ? ['none', 'mbo1', 'mbo2'] : ['mbo2', 'mbo3', 'mbo4', 'hbo'];
  } else {
    levels = [...new Set(role.crebos.map(mboLevel))].sort();
    if (levels[0] <= 'mbo2' && rng.chance(0.3)) {
      levels = ['none', ...levels];
    }
  }

  // Hours and period
  const hoursPerWeek =
    type === 'part_time_job'
      ? rng.pick([16, 20, 24])
      : type === 'graduation_internship'
        ? rng.pick([36, 40])
        : rng.pick([32, 36, 38, 40]);
  let startDate: Date | null = null;
  let endDate: Date | null = null;
  if (type === 'bol_internship') {
    startDate = rng.pick([nextDate(now, 2, 1), nextDate(now, 9, 1), nextDate(now, 4, 19), nextDate(now, 1, 4, 7)]);
    endDate = addDays(startDate, rng.pick([10, 20, 20, 40]) * 7 - 3);
  } else if (type === 'graduation_internship') {
    startDate = rng.pick([nextDate(now, 2, 1), nextDate(now, 9, 1)]);
    endDate = addMonths(startDate, 5);
  } else if (type === 'bbl_apprenticeship') {
    startDate = rng.pick([nextDate(now, 1, 1, 7), nextDate(now, 2, 1), nextDate(now, 8, 1)]);
    endDate = addMonths(startDate, rng.pick([24, 36]));
  } else if (type === 'retraining') {
    startDate = nextDate(now, rng.pick([1, 3, 9]), 1, 21);
    endDate = addMonths(startDate, rng.pick([6, 12]));
  } else if (rng.chance(0.4)) {
    startDate = addDays(now, rng.int(14, 75));
  }

  // Skills: the role's core first (must), then a few nice-to-haves
  const minBase: Record<VacancyType, [number, number]> = {
    bol_internship: [1, 2],
    bbl_apprenticeship: [1, 2],
    graduation_internship: [2, 3],
    job: [2, 4],
    part_time_job: [1, 2],
    retraining: [1, 1],
  };
  const [minLow, minHigh] = minBase[type];
  const roleSkills =
    type === 'graduation_internship' ? [...rng.sample(GRADUATION_SKILLS, 3), ...role.skills.slice(0, 3)] : role.skills;
  const total = rng.int(2, 8);
  const mustCount = Math.min(total, rng.int(1, 3), roleSkills.length);
  const chosen = [
    ...new Set([...roleSkills.slice(0, mustCount), ...rng.sample(roleSkills.slice(mustCount), total - mustCount)]),
  ];
  while (chosen.length < total) {
    const soft = rng.pick(SOFT_SKILLS);
    if (!chosen.includes(soft)) {
      chosen.push(soft);
    }
  }
  const skills: GeneratedVacancySkill[] = chosen.map((skillCode, index) => ({
    skillCode,
    minLevel: (index < mustCount ? rng.int(minLow, minHigh) : rng.int(1, Math.max(1, minHigh - 1))) as SkillLevel,
    importance: index < mustCount ? 'must' : 'nice',
  }));

  // Certificates and age
  const certificates: Certificate[] =
    type === 'graduation_internship'
      ? []
      : role.certificates.filter(() => rng.chance(type === 'bol_internship' || type === 'retraining' ? 0.3 : 0.6));
  const needsAdult = certificates.some((c) => c === 'forklift' || c === 'reach_truck' || c === 'driving_licence_b');
  const minAge = needsAdult
    ? 18
    : type === 'job' && rng.chance(0.2)
      ? 18
      : (type === 'bol_internship' || type === 'bbl_apprenticeship') && rng.chance(0.15)
        ? 16
        : null;

  // Status and dates
  const status =
    context.status ??
    (company.verified ? rng.weightedKey({ published: 86, draft: 7, closed: 4, expired: 3 }) : 'draft');
  let publishedAt: Date | null = null;
  let expiresAt: Date | null = null;
  let closedAt: Date | null = null;
  if (status === 'published') {
    publishedAt = new Date(now.getTime() - rng.next() * 60 * DAY);
    expiresAt = addDays(publishedAt, 90);
  } else if (status === 'expired') {
    publishedAt = new Date(now.getTime() - (95 + rng.next() * 55) * DAY);
    expiresAt = addDays(publishedAt, 90);
  } else if (status === 'closed' || status === 'filled') {
    publishedAt = new Date(now.getTime() - (20 + rng.next() * 60) * DAY);
    expiresAt = addDays(publishedAt, 90);
    closedAt = addDays(publishedAt, rng.int(5, 19));
  }
  const createdAt = publishedAt
    ? addDays(publishedAt, -rng.int(0, 7))
    : new Date(now.getTime() - rng.next() * 20 * DAY);

  const topic = rng.pick(trade.graduationTopics);
  const title = vacancyTitle(rng, type, role, levels, hoursPerWeek, topic);
  const contact = person(rng, 0.03);

  // Description: four paragraphs
  const tasks =
    type === 'graduation_internship'
      ? [rng.pick(GRADUATION_TASKS[0]), rng.pick(GRADUATION_TASKS[1])]
      : rng.sample(role.tasks, Math.min(role.tasks.length, rng.int(2, 3)));
  const asks: string[] = [];
  if (qualificationCrebos.length) {
    asks.push(
      `Je volgt de opleiding ${qualificationCrebos.map((c) => `${qualification(c).nl} (crebo ${c}, niveau ${qualification(c).level})`).join(' of ')}.`,
    );
  } else if (type === 'graduation_internship') {
    asks.push(
      `Je zit in de afstudeerfase van een technische ${levels.includes('wo') ? 'hbo- of wo-opleiding' : 'hbo-opleiding'}, bijvoorbeeld werktuigbouwkunde, mechatronica of technische bedrijfskunde.`,
    );
  } else if (levels.includes('none')) {
    asks.push('Een diploma is niet nodig: motivatie en technisch inzicht zijn belangrijker.');
  } else {
    asks.push(`Je hebt een diploma op ${levels.map((l) => LEVEL_TEXT[l]).join(' of ')} of vergelijkbare werkervaring.`);
  }
  const must = skills.filter((s) => s.importance === 'must').map((s) => lowerFirst(skillLabel(s.skillCode)));
  const nice = skills.filter((s) => s.importance === 'nice').map((s) => lowerFirst(skillLabel(s.skillCode)));
  asks.push(`Je hebt ervaring met of aanleg voor ${must.join(', ')}.`);
  if (nice.length) {
    asks.push(`Kennis van ${nice.join(', ')} is mooi meegenomen.`);
  }
  if (certificates.length) {
    asks.push(`Je hebt ${certificates.map((c) => CERTIFICATE_TEXT[c]).join(' en ')}, of je haalt dat bij ons.`);
  }
  if (minAge) {
    asks.push(`Je bent minimaal ${minAge} jaar.`);
  }
  const compensation = compensationText(rng, type);
  const offers = [
    `${compensation}.`,
    rng.pick([
      'Een vaste begeleider die tijd voor je maakt.',
      'Goede werkkleding en gereedschap, en een moderne werkplaats.',
      'Ruimte om door te groeien en cursussen te volgen.',
      'Een prettige werksfeer met collega’s uit de regio.',
    ]),
    rng.pick([
      `Een werkplek in ${town.name}, goed bereikbaar met de fiets en het OV.`,
      'Een reiskostenvergoeding en een goede pensioenregeling.',
      'Vrijdagmiddagborrel en een jaarlijks bedrijfsuitje.',
    ]),
  ];
  const description = [
    `${company.description}`,
    `Wat ga je doen?\n${tasks.join(' ')} ${typeSentence(rng, type, company)}${type === 'graduation_internship' ? ` De opdracht: ${topic.toLowerCase()}.` : ''}`,
    `Wat vragen wij?\n${asks.join(' ')}`,
    `Wat bieden wij?\n${offers.join(' ')}`,
  ].join('\n\n');

  return {
    id: rng.uuid(),
    organizationId: company.id,
    type,
    status: status === 'expired' ? 'published' : status,
    title,
    description,
    town: { name: town.name, municipalityCode: town.municipalityCode },
    levels,
    qualificationCrebos,
    sectorCode: company.sectorCode,
    sectorDivision: /^\d/.test(company.sectorCode) ? company.sectorCode.slice(0, 2) : null,
    certificates,
    minAge,
    hoursPerWeek,
    startDate: startDate ? isoDate(startDate) : null,
    endDate: endDate ? isoDate(endDate) : null,
    positions: Number(rng.weightedKey({ 1: 55, 2: 22, 3: 12, 4: 6, 5: 5 } as Record<string, number>)),
    compensation: compensation.slice(0, 200),
    contactName: contact.name,
    contactEmail: `${slugify(contact.first)}.${slugify(contact.last)}@${company.slug}.example`,
    publishedAt: publishedAt?.toISOString() ?? null,
    expiresAt: expiresAt?.toISOString() ?? null,
    closedAt: closedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    skills,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Schools

interface SchoolSpec {
  id: string;
  town: Town;
  kind: 'mbo' | 'hbo';
}

function schoolPrograms(
  rng: Random,
  school: SchoolSpec,
  now: Date,
  forced: { crebo: string; route: LearningRoute }[] = [],
) {
  const programs: GeneratedProgram[] = [];
  const cohorts: GeneratedCohort[] = [];
  const schoolYear = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  const addCohorts = (program: GeneratedProgram, years: number): void => {
    const count = rng.int(2, 3);
    for (let i = 0; i < count; i++) {
      const start = schoolYear - i;
      cohorts.push({
        id: rng.uuid(),
        programId: program.id,
        name: `${start}-${start + years}`,
        startDate: isoDate(utcDate(start, 9, 1)),
        endDate: isoDate(utcDate(start + years, 7, 15)),
      });
    }
  };
  if (school.kind === 'hbo') {
    for (const hbo of rng.sample(HBO_PROGRAMMES, rng.int(3, 5))) {
      const program: GeneratedProgram = {
        id: rng.uuid(),
        organizationId: school.id,
        name: hbo.name,
        crebo: null,
        croho: hbo.croho,
        level: 'hbo',
        route: null,
      };
      programs.push(program);
      addCohorts(program, 4);
    }
    return { programs, cohorts };
  }
  const picks = [
    ...forced,
    ...rng
      .sample(MBO_PROGRAMME_CREBOS, rng.int(5, 9))
      .map((crebo) => ({ crebo, route: (rng.chance(0.6) ? 'BOL' : 'BBL') as LearningRoute })),
  ];
  const seen = new Set<string>();
  for (const { crebo, route } of picks) {
    if (seen.has(crebo)) {
      continue;
    }
    seen.add(crebo);
    const q = qualification(crebo);
    const routes: LearningRoute[] =
      rng.chance(0.35) && forced.every((f) => f.crebo !== crebo) ? ['BOL', 'BBL'] : [route];
    for (const r of routes) {
      const program: GeneratedProgram = {
        id: rng.uuid(),
        organizationId: school.id,
        name: `${q.nl} (${r})`,
        crebo,
        croho: null,
        level: mboLevel(crebo),
        route: r,
      };
      programs.push(program);
      addCohorts(program, q.level <= 2 ? 2 : q.level === 3 ? 3 : 4);
    }
  }
  return { programs, cohorts };
}

// ---------------------------------------------------------------------------------------------------------------
// Candidates

const LANGUAGE_EXTRAS: readonly CandidateLanguageInput['code'][] = ['pl', 'ro', 'uk', 'tr', 'ar', 'pt', 'de'];

function languages(rng: Random, international: boolean): CandidateLanguageInput[] {
  const result: CandidateLanguageInput[] = [];
  if (international) {
    result.push({ code: rng.pick(LANGUAGE_EXTRAS), level: 'native' });
    result.push({ code: 'nl', level: rng.pick(['basic', 'conversational', 'fluent'] as const) });
  } else {
    result.push({ code: 'nl', level: 'native' });
  }
  if (rng.chance(0.8)) {
    result.push({ code: 'en', level: rng.pick(['basic', 'conversational', 'conversational', 'fluent'] as const) });
  }
  if (rng.chance(0.25) && !result.some((l) => l.code === 'de')) {
    result.push({ code: 'de', level: rng.pick(['basic', 'conversational'] as const) });
  }
  return result;
}

function homeTown(rng: Random): TownRef {
  const town = rng.chance(0.82)
    ? rng.weighted(REGION_TOWNS, (t) => t.people)
    : rng.weighted(NEARBY_TOWNS, (t) => t.people);
  return { name: town.name, municipalityCode: town.municipalityCode };
}

function dateOfBirth(rng: Random, now: Date, minAge: number, maxAge: number): string {
  const age = rng.int(minAge, maxAge);
  return isoDate(addDays(now, -(age * 365.25 + rng.int(1, 360))));
}

/** Trades that fit a programme: by its qualification's skills, or the HBO programme's list. */
function tradesForCrebo(crebo: string): Trade[] {
  return TRADES.filter((trade) => trade.roles.some((role) => role.crebos.includes(crebo)));
}

// ---------------------------------------------------------------------------------------------------------------
// The whole data set

interface DemoOrgSpec {
  trades: TradeKey[];
}
const DEMO_COMPANY_TRADES: Record<string, DemoOrgSpec> = {
  hondsrug: { trades: ['welding', 'sheetmetal', 'logistics'] },
  vecht: { trades: ['machining', 'engineering'] },
  'coevorden-kunststof': { trades: ['plastics', 'logistics', 'maintenance'] },
  reestdal: { trades: ['mechatronics', 'electrical'] },
  hunze: { trades: ['mechatronics', 'welding'] },
  'klazienaveen-plaat': { trades: ['sheetmetal'] },
  'dedemsvaart-coating': { trades: ['coating'] },
};

export function generateDemoData(options: DemoDataOptions): DemoDataSet {
  const root = new Random(options.seed);
  const now = options.now;
  const data: DemoDataSet = {
    organizations: [],
    locations: [],
    accreditations: [],
    programs: [],
    cohorts: [],
    vacancies: [],
    users: [],
    memberships: [],
    profiles: [],
    rounds: [],
    placements: [],
    events: [],
  };
  const state = newCompanyGeneratorState();

  // The fixed demo organisations (logins, names and KvK numbers that the browser tests use), enriched.
  const demoRng = root.fork('demo-organizations');
  const demoIds = new Map<string, string>();
  const companies: CompanyProfile[] = [];
  const demoCompanies: CompanyProfile[] = [];
  const schools: SchoolSpec[] = [];
  for (const org of DEMO_ORGANIZATIONS) {
    const town = regionTown(org.city);
    if (org.kind === 'company') {
      const spec = DEMO_COMPANY_TRADES[org.key] ?? { trades: ['welding'] };
      const company = generateCompany(demoRng, now, REGION_TOWNS, state, {
        name: org.name,
        town,
        trades: spec.trades.map((key) => TRADE_BY_KEY.get(key) as Trade),
        verified: org.verified,
        kvkNumber: org.kvkNumber,
      });
      if (org.key === 'hondsrug') {
        // The demo student's qualifications must be accredited there.
        for (const crebo of ['25287', '25290', '25291']) {
          if (!company.accreditations.some((a) => a.crebo === crebo)) {
            company.accreditations.push({
              organizationId: company.profile.id,
              crebo,
              since: isoDate(addDays(now, -700)),
              until: isoDate(addDays(now, 760)),
            });
          }
        }
        company.accreditations = company.accreditations.map((a) =>
          a.until !== null && a.until < isoDate(now) ? { ...a, until: isoDate(addDays(now, 500)) } : a,
        );
        company.profile.accreditedCrebos = company.accreditations.map((a) => a.crebo);
      }
      data.organizations.push({ ...company.organization, municipality: org.municipality, city: org.city });
      data.locations.push(...company.locations);
      data.accreditations.push(...company.accreditations);
      demoIds.set(org.key, company.profile.id);
      demoCompanies.push(company.profile);
      companies.push(company.profile);
    } else {
      const id = demoRng.uuid();
      demoIds.set(org.key, id);
      data.organizations.push({
        id,
        kind: 'school',
        name: org.name,
        city: org.city,
        municipality: org.municipality,
        kvkNumber: null,
        brinCode: org.brinCode ?? null,
        description: `${org.name} leidt in ${org.city} op voor beroepen in de techniek, de procesindustrie en de logistiek, met BOL- en BBL-trajecten bij erkende leerbedrijven in de regio.`,
        sectorCode: null,
        website: `https://${slugify(org.name)}.example`,
        size: null,
        verificationStatus: org.verified ? 'verified' : 'pending',
        verifiedAt: org.verified ? addDays(now, -400).toISOString() : null,
        createdAt: addDays(now, -420).toISOString(),
      });
      data.locations.push({
        organizationId: id,
        town,
        address: `${demoRng.pick(['Van Schaikweg', 'Boermarkeweg', 'Stationsweg', 'Schoolstraat'])} ${demoRng.int(1, 99)}`,
      });
      schools.push({ id, town, kind: 'mbo' });
    }
  }

  // Generated companies
  const companyRng = root.fork('companies');
  for (let i = 0; i < options.companies; i++) {
    const company = generateCompany(companyRng, now, REGION_TOWNS, state);
    data.organizations.push(company.organization);
    data.locations.push(...company.locations);
    data.accreditations.push(...company.accreditations);
    companies.push(company.profile);
  }

  // Generated schools
  const schoolRng = root.fork('schools');
  for (const template of GENERATED_SCHOOLS) {
    const id = schoolRng.uuid();
    const town = regionTown(template.town.name);
    data.organizations.push({
      id,
      kind: 'school',
      name: template.name,
      city: town.name,
      municipality: municipalityName(town),
      kvkNumber: null,
      brinCode: template.brinCode,
      description:
        template.kind === 'hbo'
          ? `${template.name} biedt in ${town.name} technische hbo-opleidingen, voltijd en duaal, in nauwe samenwerking met de maakindustrie van Dutch TechZone.`
          : `${template.name} in ${town.name} leidt op voor vakmensen in metaal, mechatronica, elektrotechniek, procestechniek en logistiek.`,
      sectorCode: null,
      website: `https://${slugify(template.name)}.example`,
      size: null,
      verificationStatus: 'verified',
      verifiedAt: addDays(now, -schoolRng.int(100, 500)).toISOString(),
      createdAt: addDays(now, -520).toISOString(),
    });
    data.locations.push({
      organizationId: id,
      town: { name: town.name, municipalityCode: town.municipalityCode },
      address: `${schoolRng.pick(['Onderwijsboulevard', 'Campuslaan', 'Schoolstraat', 'Kennispark'])} ${schoolRng.int(1, 60)}`,
    });
    schools.push({ id, town, kind: template.kind });
  }
  for (const school of schools) {
    const forced =
      school.id === demoIds.get('techniekcollege') ? [{ crebo: '25287', route: 'BOL' as LearningRoute }] : [];
    const { programs, cohorts } = schoolPrograms(schoolRng, school, now, forced);
    data.programs.push(...programs);
    data.cohorts.push(...cohorts);
  }

  // Vacancies: the demo companies first (Hondsrug with its welding and metal work in Emmen), then the rest.
  const vacancyRng = root.fork('vacancies');
  const hondsrug = demoCompanies.find((c) => c.id === demoIds.get('hondsrug')) as CompanyProfile;
  const emmen = regionTown('Emmen');
  const hondsrugTypes: VacancyType[] = [
    'job',
    'bol_internship',
    'bbl_apprenticeship',
    'job',
    'bol_internship',
    'graduation_internship',
    'part_time_job',
    'retraining',
    'job',
  ];
  hondsrugTypes.forEach((type, index) => {
    data.vacancies.push(
      generateVacancy(vacancyRng, {
        company: hondsrug,
        now,
        type,
        status: 'published',
        town: emmen,
        trade: TRADE_BY_KEY.get(index % 3 === 2 ? 'sheetmetal' : 'welding'),
      }),
    );
  });
  data.vacancies.push(generateVacancy(vacancyRng, { company: hondsrug, now, status: 'draft', town: emmen }));
  for (const company of demoCompanies.filter((c) => c !== hondsrug)) {
    const count = company.verified ? vacancyRng.int(4, 6) : 2;
    for (let i = 0; i < count; i++) {
      data.vacancies.push(generateVacancy(vacancyRng, { company, now }));
    }
  }
  const generated = companies.slice(demoCompanies.length);
  for (let i = 0; i < options.vacancies; i++) {
    const company = vacancyRng.weighted(generated, (c) => SIZE_VACANCY_WEIGHT[c.size]);
    data.vacancies.push(generateVacancy(vacancyRng, { company, now }));
  }

  // Users: the demo logins, then the generated candidates (no login possible)
  const userRng = root.fork('users');
  const userIds = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const id = userRng.uuid();
    userIds.set(user.email, id);
    data.users.push({
      id,
      email: user.email,
      name: user.name,
      accountType: user.accountType,
      candidateKind: user.candidateKind ?? null,
      demoLogin: true,
      createdAt: addDays(now, -300).toISOString(),
    });
    if (user.membership) {
      data.memberships.push({
        userId: id,
        organizationId: demoIds.get(user.membership.organization) as string,
        role: user.membership.role,
      });
    }
  }

  // The demo student: Allround lasser (BOL) at the demo school, living in Emmen.
  const demoStudent = DEMO_USERS.find((u) => u.candidateKind === 'student');
  const techniekcollege = demoIds.get('techniekcollege') as string;
  const lasProgram = data.programs.find(
    (p) => p.organizationId === techniekcollege && p.crebo === '25287' && p.route === 'BOL',
  ) as GeneratedProgram;
  const lasCohorts = data.cohorts.filter((c) => c.programId === lasProgram.id);
  const lasCohort = lasCohorts[Math.min(1, lasCohorts.length - 1)];
  if (demoStudent) {
    const placement = nextDate(now, 2, 1);
    data.profiles.push({
      userId: userIds.get(demoStudent.email) as string,
      schoolId: techniekcollege,
      programId: lasProgram.id,
      cohortId: lasCohort.id,
      educationLevel: 'mbo3',
      route: 'BOL',
      qualificationCrebo: '25287',
      dateOfBirth: isoDate(addDays(now, -Math.round(17.4 * 365.25))),
      homeTown: { name: 'Emmen', municipalityCode: '0114' },
      maxTravelKm: 25,
      wantedTypes: ['bol_internship', 'part_time_job'],
      sectorCodes: ['25', '28'],
      hoursPerWeekMin: 32,
      hoursPerWeekMax: 40,
      availableFrom: isoDate(placement),
      availableTo: isoDate(addMonths(placement, 5)),
      certificates: ['vca_basic'],
      languages: [
        { code: 'nl', level: 'native' },
        { code: 'en', level: 'conversational' },
        { code: 'de', level: 'basic' },
      ],
      about:
        'Tweedejaars student Allround lasser. Ik las het liefst MIG/MAG en TIG en zoek een stage bij een metaalbedrijf in de buurt van Emmen.',
      experience: null,
      discoverable: true,
      skills: [
        { skillCode: 'weld.mig', level: 2 },
        { skillCode: 'weld.tig', level: 2 },
        { skillCode: 'weld.fitup', level: 2 },
        { skillCode: 'cad.drawings', level: 2 },
        { skillCode: 'weld.inspection', level: 1 },
        { skillCode: 'safety.vca', level: 2 },
        { skillCode: 'soft.teamwork', level: 3 },
      ],
    });
  }

  const usedEmails = new Set(data.users.map((u) => u.email));
  const newCandidate = (rng: Random, kind: 'student' | 'professional'): { user: GeneratedUser; who: Person } => {
    const who = person(rng, kind === 'student' ? 0.06 : 0.15);
    let email = '';
    for (let n = data.users.length; !email || usedEmails.has(email); n++) {
      email = `${slugify(who.first)}.${slugify(who.last)}.${n}@kandidaten.techzonematch.example`;
    }
    usedEmails.add(email);
    const user: GeneratedUser = {
      id: rng.uuid(),
      email,
      name: who.name,
      accountType: 'candidate',
      candidateKind: kind,
      demoLogin: false,
      createdAt: addDays(now, -rng.int(1, 400)).toISOString(),
    };
    data.users.push(user);
    return { user, who };
  };

  // Students of the schools
  const studentRng = root.fork('students');
  const programsBySchool = new Map<string, GeneratedProgram[]>();
  for (const program of data.programs) {
    programsBySchool.set(program.organizationId, [...(programsBySchool.get(program.organizationId) ?? []), program]);
  }
  const cohortsByProgram = new Map<string, GeneratedCohort[]>();
  for (const cohort of data.cohorts) {
    cohortsByProgram.set(cohort.programId, [...(cohortsByProgram.get(cohort.programId) ?? []), cohort]);
  }
  for (let i = 0; i < options.students; i++) {
    const school = studentRng.weighted(schools, (s) => (s.kind === 'hbo' ? 1.3 : 1));
    const program = studentRng.pick(programsBySchool.get(school.id) as GeneratedProgram[]);
    const cohort = studentRng.pick(cohortsByProgram.get(program.id) as GeneratedCohort[]);
    const { user, who } = newCandidate(studentRng, 'student');
    const hbo = program.level === 'hbo';
    const trades = hbo
      ? (HBO_PROGRAMMES.find((p) => p.croho === program.croho)?.trades ?? ['engineering']).map(
          (k) => TRADE_BY_KEY.get(k) as Trade,
        )
      : tradesForCrebo(program.crebo as string);
    const skillPool = [
      ...new Set([
        ...(program.crebo ? qualification(program.crebo).skills : []),
        ...trades.flatMap((t) => t.roles[0].skills.slice(0, 3)),
        ...(hbo ? studentRng.sample(GRADUATION_SKILLS, 3) : []),
        ...studentRng.sample(SOFT_SKILLS, 2),
      ]),
    ];
    const placementStart =
      program.route === 'BBL'
        ? addDays(now, studentRng.int(7, 60))
        : studentRng.pick([nextDate(now, 2, 1), nextDate(now, 9, 1)]);
    const placementEnd =
      program.route === 'BBL'
        ? new Date(`${cohort.endDate}T00:00:00Z`)
        : addMonths(placementStart, studentRng.pick([5, 5, 10]));
    const wanted: VacancyType[] = hbo
      ? ['graduation_internship']
      : program.route === 'BBL'
        ? ['bbl_apprenticeship']
        : ['bol_internship'];
    if (studentRng.chance(0.3)) {
      wanted.push('part_time_job');
    }
    if (program.route === 'BBL' && studentRng.chance(0.3)) {
      wanted.push('job');
    }
    data.profiles.push({
      userId: user.id,
      schoolId: school.id,
      programId: program.id,
      cohortId: cohort.id,
      educationLevel: program.level,
      route: program.route,
      qualificationCrebo: program.crebo,
      dateOfBirth: dateOfBirth(studentRng, now, hbo ? 18 : 16, hbo ? 21 : 20),
      homeTown: homeTown(studentRng),
      maxTravelKm: studentRng.pick([10, 15, 20, 25, 25, 30, 40]),
      wantedTypes: wanted,
      sectorCodes: [...new Set(trades.slice(0, 2).map((t) => t.sectors[0].slice(0, 2)))],
      hoursPerWeekMin: wanted.includes('part_time_job') && studentRng.chance(0.3) ? 16 : 32,
      hoursPerWeekMax: 40,
      availableFrom: isoDate(placementStart),
      availableTo: isoDate(placementEnd),
      certificates: studentRng.chance(0.35) ? ['vca_basic'] : [],
      languages: languages(studentRng, who.international),
      about: studentRng.chance(0.6)
        ? `Ik studeer ${program.name.replace(/ \((BOL|BBL)\)$/, '')} en zoek ${hbo ? 'een afstudeerplek' : program.route === 'BBL' ? 'een leerbaan' : 'een stageplek'} in de regio.`
        : null,
      experience: null,
      discoverable: studentRng.chance(0.4),
      skills: studentRng
        .sample(skillPool, studentRng.int(3, 8))
        .map((skillCode) => ({ skillCode, level: studentRng.int(1, hbo ? 3 : 2) as SkillLevel })),
    });
  }

  // Vakmensen: experienced workers, career switchers, people retraining
  const proRng = root.fork('professionals');
  for (let i = 0; i < options.professionals; i++) {
    const { user, who } = newCandidate(proRng, 'professional');
    const trade = proRng.weighted(TRADES, (t) => t.weight + (t.key === 'logistics' ? 8 : 0));
    const role = proRng.pick(trade.roles);
    const switcher = proRng.chance(0.2);
    const years = switcher ? 0 : proRng.int(1, 30);
    const level = switcher ? proRng.pick(['none', 'mbo2', 'hbo'] as const) : mboLevel(proRng.pick(role.crebos));
    const wanted: VacancyType[] = switcher ? ['retraining', 'job'] : ['job'];
    if (proRng.chance(0.2)) {
      wanted.push('part_time_job');
    }
    if (!switcher && proRng.chance(0.1)) {
      wanted.push('retraining');
    }
    const certificates = new Set<Certificate>();
    if (proRng.chance(0.6)) {
      certificates.add(proRng.chance(0.3) ? 'vca_vol' : 'vca_basic');
    }
    if (proRng.chance(0.7)) {
      certificates.add('driving_licence_b');
    }
    if (!switcher) {
      for (const certificate of role.certificates) {
        if (proRng.chance(0.6)) {
          certificates.add(certificate);
        }
      }
    }
    data.profiles.push({
      userId: user.id,
      schoolId: null,
      programId: null,
      cohortId: null,
      educationLevel: level,
      route: null,
      qualificationCrebo: level.startsWith('mbo') && proRng.chance(0.5) ? proRng.pick(role.crebos) : null,
      dateOfBirth: dateOfBirth(proRng, now, 23, 61),
      homeTown: homeTown(proRng),
      maxTravelKm: proRng.pick([15, 20, 25, 30, 40, 50, 75]),
      wantedTypes: wanted,
      sectorCodes: proRng.chance(0.6) ? [trade.sectors[0].slice(0, 2)] : [],
      hoursPerWeekMin: wanted.includes('part_time_job') ? proRng.pick([16, 20, 24]) : proRng.pick([32, 36]),
      hoursPerWeekMax: 40,
      availableFrom: isoDate(addDays(now, proRng.int(0, 90))),
      availableTo: null,
      certificates: [...certificates].sort(),
      languages: languages(proRng, who.international),
      about: proRng.chance(0.5)
        ? switcher
          ? `Ik wil de techniek in en zoek een omscholingstraject als ${lowerFirst(role.title)}.`
          : `Ervaren ${lowerFirst(role.title)} op zoek naar een nieuwe uitdaging in de regio.`
        : null,
      experience: switcher
        ? `Werkte ${proRng.int(2, 15)} jaar in ${proRng.pick(['de zorg', 'de detailhandel', 'de horeca', 'de bouw', 'de agrarische sector', 'het transport'])}; technisch handig en leergierig.`
        : `${years} jaar ervaring als ${lowerFirst(role.title)} bij ${proRng.pick(['een metaalbedrijf', 'een machinebouwer', 'een kunststofverwerker', 'een toeleverancier', 'een uitzendbureau in de techniek'])} in ${proRng.weighted(REGION_TOWNS, (t) => t.industry).name}.`,
      discoverable: proRng.chance(0.4),
      skills: [
        ...new Set([...role.skills.slice(0, proRng.int(2, role.skills.length)), ...proRng.sample(SOFT_SKILLS, 2)]),
      ].map((skillCode) => ({
        skillCode,
        level: (switcher ? proRng.int(1, 2) : proRng.int(2, 4)) as SkillLevel,
      })),
    });
  }

  data.rounds.push(
    demoRound(root.fork('rounds'), data, {
      now,
      schoolId: techniekcollege,
      cohort: lasCohort,
      hondsrugId: hondsrug.id,
    }),
  );
  data.placements.push(
    ...demoPlacements(root.fork('placements'), data, {
      now,
      schoolId: techniekcollege,
      excludeCohortId: lasCohort.id,
      hondsrugId: hondsrug.id,
      mentorId: userIds.get(`praktijkopleider@${DEMO_EMAIL_DOMAIN}`) ?? null,
      supervisorId: userIds.get(`begeleider@${DEMO_EMAIL_DOMAIN}`) ?? null,
    }),
  );
  data.events.push(...demoEvents(root.fork('events'), data, { now, demoIds }));
  return data;
}

/** The same moment as `hour`:`minute` on that UTC day in the Netherlands (CET or CEST). */
function dutchTime(day: Date, hour: number, minute = 0): Date {
  const guess = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour - 1, minute));
  const shown = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(guess),
  );
  return new Date(guess.getTime() - (shown - hour) * 3600 * 1000);
}

interface EventSpec {
  /** A DEMO_ORGANIZATIONS key, or null for the program office. */
  organizer: string | null;
  kind: EventKind;
  status?: 'pending';
  title: string;
  description: string;
  town: string;
  /** Only for the program office; a company's event is at its own address. */
  address?: string;
  inDays: number;
  from: [number, number];
  to: [number, number];
  capacity: number | null;
  /** Share of the capacity (or, without one, a number of people) already signed up. */
  signups: number;
}

const DEMO_EVENTS: readonly EventSpec[] = [
  {
    organizer: 'hondsrug',
    kind: 'open_day',
    title: 'Open dag Hondsrug Metaaltechniek',
    description:
      'Kijk mee in de las- en plaatwerkafdeling, probeer zelf te lassen in de oefencabine en hoor van onze BBL-leerlingen hoe leren en werken samengaan. Ouders zijn ook welkom.',
    town: 'Emmen',
    inDays: 10,
    from: [10, 0],
    to: [15, 0],
    capacity: 60,
    signups: 0.4,
  },
  {
    organizer: 'vecht',
    kind: 'company_visit',
    title: 'Bedrijfsbezoek: CNC-verspanen bij Vechtdal Precisie',
    description:
      'Een middag op de werkvloer: van tekening tot CNC-programma tot het gefreesde onderdeel. Met een rondleiding langs de draai- en freesbanken en tijd voor vragen over stages.',
    town: 'Hardenberg',
    inDays: 17,
    from: [13, 30],
    to: [16, 0],
    capacity: 15,
    signups: 0.4,
  },
  {
    organizer: null,
    kind: 'career_fair',
    title: 'Techniekbanenmarkt Dutch TechZone',
    description:
      'Ruim veertig bedrijven uit Emmen, Coevorden, Hardenberg, Hoogeveen en Borger-Odoorn presenteren hun stages, leerbanen en vacatures. Loop binnen, praat met vakmensen en neem je cv mee. Ook voor wie wil omscholen naar de techniek.',
    town: 'Emmen',
    address: 'Raadhuisplein 1',
    inDays: 24,
    from: [15, 0],
    to: [20, 0],
    capacity: null,
    signups: 40,
  },
  {
    organizer: 'reestdal',
    kind: 'workshop',
    title: 'Workshop: je eerste PLC-programma',
    description:
      'In drie uur programmeer je met onze monteurs een kleine sorteerinstallatie. Geen ervaring nodig; laptops en koffie staan klaar.',
    town: 'Hoogeveen',
    inDays: 31,
    from: [18, 30],
    to: [21, 0],
    capacity: 12,
    signups: 0.9,
  },
  {
    organizer: null,
    kind: 'workshop',
    title: 'Workshop solliciteren in de techniek',
    description:
      'Hoe schrijf je een korte motivatie, wat vraagt een leerbedrijf in een gesprek en hoe laat je zien wat je kunt? Met recruiters van bedrijven uit de regio.',
    town: 'Borger',
    address: 'Hoofdstraat 20',
    inDays: 38,
    from: [19, 0],
    to: [21, 0],
    capacity: 25,
    signups: 0.35,
  },
  {
    organizer: 'coevorden-kunststof',
    kind: 'open_day',
    title: 'Open dag Coevorden Kunststof Extrusie',
    description:
      'Zie hoe kunststof korrels buizen en profielen worden. Operators en monteurs vertellen over hun werk in ploegendienst, en over stages en leerbanen in de procestechniek.',
    town: 'Coevorden',
    inDays: 45,
    from: [10, 0],
    to: [14, 0],
    capacity: null,
    signups: 12,
  },
  {
    organizer: 'hunze',
    kind: 'company_visit',
    title: 'Kijkje in de machinebouw bij Hunze Agri Systems',
    description:
      'Van stalen frame tot werkende landbouwmachine: een rondleiding door de montagehal, de lasafdeling en het testterrein.',
    town: 'Nieuw-Buinen',
    inDays: 52,
    from: [14, 0],
    to: [16, 30],
    capacity: 20,
    signups: 0.2,
  },
  {
    organizer: 'reestdal',
    kind: 'company_visit',
    status: 'pending',
    title: 'Meeloopdag mechatronica',
    description:
      'Loop een dag mee met een servicemonteur mechatronica: storingen zoeken, onderdelen vervangen en een machine weer in bedrijf nemen.',
    town: 'Hoogeveen',
    inDays: 60,
    from: [8, 30],
    to: [16, 0],
    capacity: 6,
    signups: 0,
  },
];

/**
 * Regional events for the agenda: open days, company visits and workshops of the demo companies, a career fair and
 * a workshop of the program office, and one company event waiting for the program office's approval. Generated
 * candidates have signed up for some, so the places left vary (one workshop is nearly full).
 */
function demoEvents(
  rng: Random,
  data: DemoDataSet,
  context: { now: Date; demoIds: Map<string, string> },
): GeneratedEvent[] {
  const today = utcDate(context.now.getUTCFullYear(), context.now.getUTCMonth() + 1, context.now.getUTCDate());
  const candidates = data.users.filter((u) => u.accountType === 'candidate' && !u.demoLogin).map((u) => u.id);
  return DEMO_EVENTS.map((spec) => {
    const organizationId = spec.organizer === null ? null : (context.demoIds.get(spec.organizer) as string);
    const location = data.locations.find((l) => l.organizationId === organizationId);
    const town = regionTown(spec.town);
    const day = addDays(today, spec.inDays);
    const count =
      spec.capacity === null ? spec.signups : Math.min(spec.capacity - 1, Math.round(spec.capacity * spec.signups));
    return {
      id: rng.uuid(),
      kind: spec.kind,
      status: spec.status ?? 'published',
      title: spec.title,
      description: spec.description,
      startsAt: dutchTime(day, ...spec.from).toISOString(),
      endsAt: dutchTime(day, ...spec.to).toISOString(),
      town: { name: town.name, municipalityCode: town.municipalityCode },
      address: spec.address ?? location?.address ?? '',
      capacity: spec.capacity,
      organizationId,
      createdAt: addDays(context.now, -rng.int(3, 30)).toISOString(),
      signups: rng.sample(candidates, count),
    };
  });
}

/**
 * Placements of demo-school students for the coordinator's overview: some proposed (awaiting the school's checks),
 * two approved at Hondsrug with its mentor and the demo supervisor (ready for the agreement). Students outside the
 * demo round's cohort, at companies accredited for their crebo, in a period inside their cohort.
 */
function demoPlacements(
  rng: Random,
  data: DemoDataSet,
  context: {
    now: Date;
    schoolId: string;
    excludeCohortId: string;
    hondsrugId: string;
    mentorId: string | null;
    supervisorId: string | null;
  },
): GeneratedPlacement[] {
  const today = isoDate(context.now);
  const cohorts = new Map(data.cohorts.map((c) => [c.id, c]));
  const start = nextDate(context.now, 2, 1);
  const end = addMonths(start, 5);
  const students = data.profiles.filter((p) => {
    const cohort = p.cohortId ? cohorts.get(p.cohortId) : undefined;
    return (
      p.schoolId === context.schoolId &&
      p.route === 'BOL' &&
      p.qualificationCrebo !== null &&
      p.cohortId !== context.excludeCohortId &&
      cohort !== undefined &&
      cohort.startDate <= isoDate(start) &&
      cohort.endDate >= isoDate(end)
    );
  });
  const accredited = (organizationId: string, crebo: string) =>
    data.accreditations.some(
      (a) =>
        a.organizationId === organizationId &&
        a.crebo === crebo &&
        a.since <= today &&
        (a.until === null || a.until >= isoDate(end)),
    );
  const placements: GeneratedPlacement[] = [];
  const place = (student: GeneratedProfile, atHondsrug: boolean): void => {
    const crebo = student.qualificationCrebo as string;
    const vacancy = data.vacancies.find(
      (v) =>
        v.type === 'bol_internship' &&
        v.status === 'published' &&
        (atHondsrug ? v.organizationId === context.hondsrugId : v.organizationId !== context.hondsrugId) &&
        accredited(v.organizationId, crebo) &&
        !placements.some((p) => p.vacancyId === v.id && !atHondsrug),
    );
    if (!vacancy) {
      return;
    }
    placements.push({
      id: rng.uuid(),
      studentId: student.userId,
      companyId: vacancy.organizationId,
      schoolId: context.schoolId,
      vacancyId: vacancy.id,
      status: atHondsrug ? 'approved' : 'proposed',
      qualificationCrebo: crebo,
      route: 'BOL',
      startDate: isoDate(start),
      endDate: isoDate(end),
      hoursPerWeek: Math.min(Math.max(vacancy.hoursPerWeek, 16), 40),
      mentorId: atHondsrug ? context.mentorId : null,
      supervisorId: atHondsrug ? context.supervisorId : null,
    });
  };
  const forHondsrug = rng.sample(
    students.filter((p) => accredited(context.hondsrugId, p.qualificationCrebo as string)),
    2,
  );
  forHondsrug.forEach((student) => place(student, true));
  const others = students.filter((p) => !forHondsrug.includes(p));
  for (const student of rng.sample(others, Math.min(others.length, 8))) {
    if (placements.length >= 6) {
      break;
    }
    place(student, false);
  }
  return placements;
}

/**
 * An open placement round of the demo school for the demo student's cohort: BOL internships in Allround lasser
 * (crebo 25287) at accredited companies, one of them at Hondsrug that no generated student chose, so a demo (and the
 * browser test) can show a student ranking it first and getting it. The cohort's generated students have ranked.
 */
function demoRound(
  rng: Random,
  data: DemoDataSet,
  context: { now: Date; schoolId: string; cohort: GeneratedCohort; hondsrugId: string },
): GeneratedRound {
  const crebo = '25287';
  const today = isoDate(context.now);
  const accredited = new Set(
    data.accreditations
      .filter((a) => a.crebo === crebo && a.since <= today && (a.until === null || a.until >= today))
      .map((a) => a.organizationId),
  );
  const verified = new Set(data.organizations.filter((o) => o.verificationStatus === 'verified').map((o) => o.id));
  const fitsTheCohort = (v: GeneratedVacancy): boolean =>
    v.type === 'bol_internship' &&
    v.status === 'published' &&
    accredited.has(v.organizationId) &&
    verified.has(v.organizationId) &&
    (v.levels.length === 0 || v.levels.includes('mbo3')) &&
    (v.qualificationCrebos.length === 0 || v.qualificationCrebos.includes(crebo)) &&
    v.certificates.every((c) => c === 'vca_basic') &&
    (v.minAge === null || v.minAge <= 16);
  const hondsrugPlace = data.vacancies.find(
    (v) => v.organizationId === context.hondsrugId && v.type === 'bol_internship' && v.status === 'published',
  ) as GeneratedVacancy;
  // The Hondsrug place is made to fit the cohort's hard rules.
  Object.assign(hondsrugPlace, {
    levels: ['mbo2', 'mbo3', 'mbo4'],
    qualificationCrebos: [...new Set([crebo, ...hondsrugPlace.qualificationCrebos])],
    certificates: [],
    minAge: null,
  });
  const others = rng.sample(
    data.vacancies.filter((v) => v.organizationId !== context.hondsrugId && fitsTheCohort(v)),
    9,
  );
  const demoEmails = new Set(DEMO_USERS.map((d) => d.email));
  const demoUserIds = new Set(data.users.filter((u) => demoEmails.has(u.email)).map((u) => u.id));
  const students = data.profiles.filter((p) => p.cohortId === context.cohort.id && !demoUserIds.has(p.userId));
  return {
    id: rng.uuid(),
    schoolId: context.schoolId,
    cohortId: context.cohort.id,
    name: 'Stageronde Allround lasser',
    deadline: addDays(context.now, 14).toISOString(),
    maxChoices: 5,
    vacancies: [hondsrugPlace, ...others].map((v) => ({ vacancyId: v.id, capacity: Math.min(v.positions, 2) })),
    rankings: students.map((p) => ({
      studentId: p.userId,
      vacancyIds: rng.sample(others, rng.int(2, 5)).map((v) => v.id),
    })),
  };
}
