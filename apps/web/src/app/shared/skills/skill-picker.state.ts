import {
  CandidateSkillInput,
  Labelled,
  Locale,
  SkillImportance,
  SkillLevel,
  SkillResponse,
  VacancySkillInput,
} from '@techzone/contracts';
import { labelOf, matchesWords } from '../label';

/** A skill in a picker: the level (a candidate's own, or the minimum a vacancy asks) and, for vacancies, must/nice. */
export interface PickedSkill {
  code: string;
  level: SkillLevel;
  importance: SkillImportance;
}

export const DEFAULT_SKILL_LEVEL: SkillLevel = 2;

/** Adds a skill once (a second add of the same code changes nothing), up to `max` skills. */
export function addPickedSkill(
  list: readonly PickedSkill[],
  code: string,
  max: number,
  defaults: Partial<Omit<PickedSkill, 'code'>> = {},
): PickedSkill[] {
  if (list.some((skill) => skill.code === code) || list.length >= max) {
    return [...list];
  }
  return [...list, { code, level: defaults.level ?? DEFAULT_SKILL_LEVEL, importance: defaults.importance ?? 'must' }];
}

export function removePickedSkill(list: readonly PickedSkill[], code: string): PickedSkill[] {
  return list.filter((skill) => skill.code !== code);
}

export function updatePickedSkill(
  list: readonly PickedSkill[],
  code: string,
  patch: Partial<Omit<PickedSkill, 'code'>>,
): PickedSkill[] {
  return list.map((skill) => (skill.code === code ? { ...skill, ...patch } : skill));
}

export function toVacancySkills(list: readonly PickedSkill[]): VacancySkillInput[] {
  return list.map(({ code, level, importance }) => ({ skillCode: code, minLevel: level, importance }));
}

export function toCandidateSkills(list: readonly PickedSkill[]): CandidateSkillInput[] {
  return list.map(({ code, level }) => ({ skillCode: code, level }));
}

export interface SkillOptionGroup {
  group: Labelled | null;
  code: string;
  skills: SkillResponse[];
}

/**
 * The skills matching typed text (in either language, or the group's name), grouped under their group and without
 * those already picked; at most `limit` skills.
 */
export function skillOptions(
  tree: readonly SkillResponse[],
  query: string,
  exclude: readonly string[],
  lang: Locale,
  limit = 40,
): SkillOptionGroup[] {
  const groups = new Map(tree.filter((entry) => entry.kind === 'group').map((entry) => [entry.code, entry]));
  const excluded = new Set(exclude);
  const result = new Map<string, SkillOptionGroup>();
  let count = 0;
  for (const skill of tree) {
    if (count >= limit) {
      break;
    }
    if (skill.kind !== 'skill' || excluded.has(skill.code)) {
      continue;
    }
    const group = skill.parent ? (groups.get(skill.parent) ?? null) : null;
    if (!matchesWords(query, skill.nl, skill.en, group?.nl, group?.en)) {
      continue;
    }
    const key = group?.code ?? '';
    let bucket = result.get(key);
    if (!bucket) {
      bucket = { group, code: key, skills: [] };
      result.set(key, bucket);
    }
    bucket.skills.push(skill);
    count += 1;
  }
  const sorted = [...result.values()];
  for (const bucket of sorted) {
    bucket.skills.sort((a, b) => labelOf(a, lang).localeCompare(labelOf(b, lang), lang));
  }
  return sorted;
}
