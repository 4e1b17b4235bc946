/** Labels come in both languages; the web app shows the one of the current language. */
export interface Labelled {
  nl: string;
  en: string;
}

export const SKILL_LEVELS = [1, 2, 3, 4] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export interface SkillResponse extends Labelled {
  code: string;
  parent: string | null;
  kind: 'group' | 'skill';
  escoUri: string | null;
  /** Other words people use for it (both languages); search and autocomplete match them too. */
  synonyms: string[];
}

export const LEARNING_ROUTES = ['BOL', 'BBL'] as const;
export type LearningRoute = (typeof LEARNING_ROUTES)[number];

export interface QualificationResponse extends Labelled {
  /** 5-digit crebo code of the MBO qualification. */
  crebo: string;
  level: 1 | 2 | 3 | 4;
  dossierCrebo: string;
  dossier: string;
  domain: string;
  routes: LearningRoute[];
  /** Skill codes the qualification typically teaches. */
  skillCodes: string[];
}

export interface SectorResponse extends Labelled {
  /** SBI code: a section letter ("C"), a 2-digit division ("25") or a 3-digit group ("251"). */
  code: string;
  parent: string | null;
  level: 'section' | 'division' | 'group';
}

export interface PlaceResponse {
  id: number;
  name: string;
  municipality: string;
  province: string;
  lat: number;
  lon: number;
}

export interface TaxonomyQuery {
  /** Autocomplete text; matches labels in both languages, accents and case ignored. */
  q?: string;
  limit?: number;
}

/** The five municipalities of Dutch TechZone with their CBS codes. */
export const REGION_MUNICIPALITIES = [
  { code: '0114', name: 'Emmen' },
  { code: '0160', name: 'Hardenberg' },
  { code: '0109', name: 'Coevorden' },
  { code: '0118', name: 'Hoogeveen' },
  { code: '1681', name: 'Borger-Odoorn' },
] as const;

/** Certificates employers ask for; the web app translates `certificates.<code>`. */
export const CERTIFICATES = [
  'vca_basic',
  'vca_vol',
  'forklift',
  'reach_truck',
  'nen3140',
  'bhv',
  'welding_certificate',
  'driving_licence_b',
  'driving_licence_c',
  'aerial_work_platform',
  'f_gas',
] as const;
export type Certificate = (typeof CERTIFICATES)[number];

export const LANGUAGE_CODES = ['nl', 'en', 'de', 'pl', 'ro', 'uk', 'ar', 'tr', 'pt', 'es', 'fr'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];
/** CEFR-like: basic, conversational, fluent, native. */
export const LANGUAGE_LEVELS = ['basic', 'conversational', 'fluent', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** The program office keeps the taxonomies; a change reaches search and matching at once. */
export interface SkillInput {
  /** Dotted lower-case code, e.g. "weld.laser". */
  code: string;
  parent: string | null;
  nl: string;
  en: string;
  kind: 'group' | 'skill';
  escoUri?: string | null;
  synonyms?: string[];
}

export type SkillUpdate = Partial<Omit<SkillInput, 'code'>>;

export interface QualificationInput {
  crebo: string;
  nl: string;
  en: string;
  level: 1 | 2 | 3 | 4;
  dossierCrebo: string;
  dossier: string;
  domain: string;
  routes: LearningRoute[];
  skillCodes?: string[];
}

export type QualificationUpdate = Partial<Omit<QualificationInput, 'crebo'>>;

export interface SectorInput {
  code: string;
  parent: string | null;
  nl: string;
  en: string;
  level: 'section' | 'division' | 'group';
}

export type SectorUpdate = Partial<Pick<SectorInput, 'nl' | 'en'>>;
