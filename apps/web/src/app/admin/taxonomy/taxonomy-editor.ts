import { AbstractControl, ValidationErrors } from '@angular/forms';
import {
  LearningRoute,
  QualificationInput,
  QualificationResponse,
  QualificationUpdate,
  SectorInput,
  SectorResponse,
  SectorUpdate,
  SkillInput,
  SkillResponse,
  SkillUpdate,
} from '@techzone/contracts';
import { apiErrorStatus, mapApiError, MappedApiError } from '../../core/api/api-error';
import { TranslatableMessage } from '../../core/api/translatable';
import { controlErrorMessage } from '../../core/forms/control-error';
import { matchesWords } from '../../shared/label';

export const TAXONOMY_TABS = ['skills', 'qualifications', 'sectors'] as const;
export type TaxonomyTab = (typeof TAXONOMY_TABS)[number];

export function tabFromParam(value: unknown): TaxonomyTab {
  return (TAXONOMY_TABS as readonly unknown[]).includes(value) ? (value as TaxonomyTab) : 'skills';
}

/** The formats the API checks (the same expressions as its DTOs). */
export const SKILL_CODE_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;
export const CREBO_PATTERN = /^\d{5}$/;
export const SECTOR_CODE_PATTERN = /^([A-U]|\d{2}|\d{3})$/;
export const URL_PATTERN = /^https?:\/\/\S+$/;

/** The API's length limits per field. */
export const TAXONOMY_LIMITS = {
  skillCode: 64,
  skillLabel: 120,
  escoUri: 200,
  synonyms: 20,
  synonym: 60,
  qualificationName: 160,
  dossier: 160,
  domain: 120,
  qualificationSkills: 60,
  sectorName: 200,
} as const;

export type SectorLevel = SectorResponse['level'];
export const SECTOR_LEVELS: readonly SectorLevel[] = ['section', 'division', 'group'];
const SECTOR_LEVEL_PATTERN: Readonly<Record<SectorLevel, RegExp>> = {
  section: /^[A-U]$/,
  division: /^\d{2}$/,
  group: /^\d{3}$/,
};
const PARENT_LEVEL: Readonly<Record<SectorLevel, SectorLevel | null>> = {
  section: null,
  division: 'section',
  group: 'division',
};

// ---------------------------------------------------------------------------------------------------------------
// Search

export function filterSkills(list: readonly SkillResponse[], query: string): SkillResponse[] {
  return list.filter((skill) => matchesWords(query, skill.code, skill.nl, skill.en, ...skill.synonyms));
}

export function filterQualifications(list: readonly QualificationResponse[], query: string): QualificationResponse[] {
  return list.filter((item) => matchesWords(query, item.crebo, item.nl, item.en, item.dossier, item.domain));
}

export function filterSectors(list: readonly SectorResponse[], query: string): SectorResponse[] {
  return list.filter((sector) => matchesWords(query, sector.code, sector.nl, sector.en));
}

// ---------------------------------------------------------------------------------------------------------------
// Choices in the forms

/** The groups a skill can be placed under: not the skill itself and not one of its own descendants (a cycle). */
export function skillParentOptions(list: readonly SkillResponse[], code: string | null): SkillResponse[] {
  const below = new Set<string>(code ? [code] : []);
  let grew = code !== null;
  while (grew) {
    grew = false;
    for (const skill of list) {
      if (skill.parent !== null && below.has(skill.parent) && !below.has(skill.code)) {
        below.add(skill.code);
        grew = true;
      }
    }
  }
  return list.filter((skill) => skill.kind === 'group' && !below.has(skill.code));
}

/** A section has no parent; a division sits under a section, a group under a division. */
export function sectorParentOptions(list: readonly SectorResponse[], level: SectorLevel): SectorResponse[] {
  const parentLevel = PARENT_LEVEL[level];
  return parentLevel === null ? [] : list.filter((sector) => sector.level === parentLevel);
}

/** Whether an SBI code has the shape of its level (a letter, two digits, three digits), as the API checks. */
export function sectorCodeFitsLevel(code: string, level: SectorLevel): boolean {
  return SECTOR_LEVEL_PATTERN[level].test(code.trim());
}

// ---------------------------------------------------------------------------------------------------------------
// Forms ↔ requests

export interface SkillFormValue {
  code: string;
  parent: string | null;
  nl: string;
  en: string;
  kind: 'group' | 'skill';
  escoUri: string;
  /** One per line or separated by commas. */
  synonyms: string;
}

export interface QualificationFormValue {
  crebo: string;
  nl: string;
  en: string;
  level: 1 | 2 | 3 | 4;
  dossierCrebo: string;
  dossier: string;
  domain: string;
  routes: LearningRoute[];
  skillCodes: string[];
}

export interface SectorFormValue {
  code: string;
  parent: string | null;
  nl: string;
  en: string;
  level: SectorLevel;
}

/** "a, b\nc" → ['a', 'b', 'c']: trimmed, without empty or repeated entries (the API refuses duplicates). */
export function splitSynonyms(text: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const part of text.split(/[,\n]/)) {
    const synonym = part.trim();
    if (synonym && !seen.has(synonym.toLowerCase())) {
      seen.add(synonym.toLowerCase());
      result.push(synonym);
    }
  }
  return result;
}

/** At most 20 synonyms of at most 60 characters each, as the API allows. */
export function synonymsValidator(control: AbstractControl<string | null>): ValidationErrors | null {
  const synonyms = splitSynonyms(control.value ?? '');
  return synonyms.length > TAXONOMY_LIMITS.synonyms || synonyms.some((s) => s.length > TAXONOMY_LIMITS.synonym)
    ? { synonyms: true }
    : null;
}

export function skillToForm(skill: SkillResponse | null): SkillFormValue {
  return {
    code: skill?.code ?? '',
    parent: skill?.parent ?? null,
    nl: skill?.nl ?? '',
    en: skill?.en ?? '',
    kind: skill?.kind ?? 'skill',
    escoUri: skill?.escoUri ?? '',
    synonyms: skill?.synonyms.join('\n') ?? '',
  };
}

export function skillFormToUpdate(value: SkillFormValue): SkillUpdate {
  return {
    parent: value.parent,
    nl: value.nl.trim(),
    en: value.en.trim(),
    kind: value.kind,
    escoUri: value.escoUri.trim() || null,
    synonyms: splitSynonyms(value.synonyms),
  };
}

export function skillFormToInput(value: SkillFormValue): SkillInput {
  const update = skillFormToUpdate(value);
  return {
    code: value.code.trim(),
    parent: update.parent ?? null,
    nl: update.nl ?? '',
    en: update.en ?? '',
    kind: value.kind,
    escoUri: update.escoUri,
    synonyms: update.synonyms,
  };
}

export function qualificationToForm(item: QualificationResponse | null): QualificationFormValue {
  return {
    crebo: item?.crebo ?? '',
    nl: item?.nl ?? '',
    en: item?.en ?? '',
    level: item?.level ?? 2,
    dossierCrebo: item?.dossierCrebo ?? '',
    dossier: item?.dossier ?? '',
    domain: item?.domain ?? '',
    routes: [...(item?.routes ?? ['BOL', 'BBL'])],
    skillCodes: [...(item?.skillCodes ?? [])],
  };
}

export function qualificationFormToUpdate(value: QualificationFormValue): QualificationUpdate {
  return {
    nl: value.nl.trim(),
    en: value.en.trim(),
    level: value.level,
    dossierCrebo: value.dossierCrebo.trim(),
    dossier: value.dossier.trim(),
    domain: value.domain.trim(),
    routes: [...value.routes],
    skillCodes: [...value.skillCodes],
  };
}

export function qualificationFormToInput(value: QualificationFormValue): QualificationInput {
  return { crebo: value.crebo.trim(), ...(qualificationFormToUpdate(value) as Omit<QualificationInput, 'crebo'>) };
}

export function sectorToForm(sector: SectorResponse | null): SectorFormValue {
  return {
    code: sector?.code ?? '',
    parent: sector?.parent ?? null,
    nl: sector?.nl ?? '',
    en: sector?.en ?? '',
    level: sector?.level ?? 'group',
  };
}

/** Only the names of a sector change; its code, level and place in the tree stay. */
export function sectorFormToUpdate(value: SectorFormValue): SectorUpdate {
  return { nl: value.nl.trim(), en: value.en.trim() };
}

export function sectorFormToInput(value: SectorFormValue): SectorInput {
  return {
    code: value.code.trim(),
    parent: value.level === 'section' ? null : value.parent,
    nl: value.nl.trim(),
    en: value.en.trim(),
    level: value.level,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Errors

/** Fields whose value has a fixed format; a format error says which one (`admin.taxonomy.formats.<field>`). */
const FORMAT_FIELDS = ['code', 'parent', 'crebo', 'dossierCrebo', 'escoUri', 'skillCodes'] as const;

function formatKey(field: string): string | null {
  return (FORMAT_FIELDS as readonly string[]).includes(field) ? `admin.taxonomy.formats.${field}` : null;
}

/** A control's first error; a pattern error of a formatted field names the format instead of "not valid". */
export function taxonomyControlError(field: string, errors: ValidationErrors | null): TranslatableMessage | null {
  const key = formatKey(field);
  if (key && errors?.['pattern']) {
    return { key };
  }
  if (errors?.['synonyms']) {
    return {
      key: 'admin.taxonomy.errors.synonyms',
      params: { max: TAXONOMY_LIMITS.synonyms, length: TAXONOMY_LIMITS.synonym },
    };
  }
  return controlErrorMessage(errors);
}

/**
 * A refused save → messages next to the fields: the API's 400 details per field (a wrong format names the format),
 * and a 409 (the code or crebo exists already) on the key field.
 */
export function taxonomyErrors(error: unknown, fields: readonly string[], keyField: string): MappedApiError {
  if (apiErrorStatus(error) === 409) {
    return { form: [], fields: { [keyField]: { key: 'admin.taxonomy.errors.duplicate' } } };
  }
  const mapped = mapApiError(error, { fields });
  for (const [field, message] of Object.entries(mapped.fields)) {
    const key = formatKey(field);
    if (key && message.key === 'errors.codes.invalid') {
      mapped.fields[field] = { key };
    }
  }
  return mapped;
}
