/**
 * How close one skill is to another in the skill tree (`weld.tig` under the group `weld`):
 * the same skill counts fully, a sibling or a parent/child partly, a skill elsewhere in the same top-level group a little.
 */

/** Proximity of a held skill to a wanted one, from 0 (unrelated) to 1 (the same skill). */
export type SkillProximity = (held: string, wanted: string) => number;

/** The credit for each relation in the tree. */
export const SKILL_PROXIMITY = {
  exact: 1,
  /** Same parent group (`weld.tig` / `weld.mig`), or one is the other's parent (`weld` / `weld.tig`). */
  sibling: 0.5,
  /** Same top-level group, further apart (`machining.cncprog.fanuc` / `machining.turning`). */
  sameGroup: 0.25,
} as const;

export interface SkillNode {
  code: string;
  parent: string | null;
}

/** Parent links and top-level groups, built once from the taxonomy. */
export interface SkillTree {
  readonly parentOf: ReadonlyMap<string, string | null>;
  readonly rootOf: ReadonlyMap<string, string>;
}

/**
 * Builds the tree from parent links (`apps/api/src/taxonomy/data/skills.json` has this shape). Parent cycles are cut.
 * Codes missing from the tree fall back to their dotted form: `a.b.c` has parent `a.b` and group `a`.
 */
export function buildSkillTree(nodes: readonly SkillNode[]): SkillTree {
  const parentOf = new Map<string, string | null>();
  for (const node of nodes) {
    parentOf.set(node.code, node.parent);
  }
  const rootOf = new Map<string, string>();
  for (const node of nodes) {
    let root = node.code;
    const seen = new Set<string>([root]);
    for (let parent = parentOf.get(root) ?? null; parent !== null && !seen.has(parent);) {
      seen.add(parent);
      root = parent;
      parent = parentOf.get(root) ?? null;
    }
    rootOf.set(node.code, root);
  }
  return { parentOf, rootOf };
}

/** The parent group of a skill code, or null for a top-level group. */
export function parentSkill(tree: SkillTree | null, code: string): string | null {
  const known = tree?.parentOf.get(code);
  if (known !== undefined) {
    return known;
  }
  const dot = code.lastIndexOf('.');
  return dot < 0 ? null : code.slice(0, dot);
}

/** The top-level group of a skill code (itself for a top-level group). */
export function rootSkill(tree: SkillTree | null, code: string): string {
  const known = tree?.rootOf.get(code);
  if (known !== undefined) {
    return known;
  }
  const dot = code.indexOf('.');
  return dot < 0 ? code : code.slice(0, dot);
}

/** Proximity in the tree: 1 same skill, 0.5 sibling or parent/child, 0.25 same top-level group, else 0. Symmetric. */
export function skillProximity(tree: SkillTree | null, a: string, b: string): number {
  if (a === b) {
    return SKILL_PROXIMITY.exact;
  }
  const parentA = parentSkill(tree, a);
  const parentB = parentSkill(tree, b);
  if ((parentA !== null && parentA === parentB) || parentA === b || parentB === a) {
    return SKILL_PROXIMITY.sibling;
  }
  return rootSkill(tree, a) === rootSkill(tree, b) ? SKILL_PROXIMITY.sameGroup : 0;
}

/** The tree's proximity as a plain function. */
export function treeProximity(tree: SkillTree | null): SkillProximity {
  return (held, wanted) => skillProximity(tree, held, wanted);
}

/** How much a skill held below the asked level still counts: level / minLevel (3 of 4 counts 0.75). */
export function levelFactor(level: number, minLevel: number): number {
  return level >= minLevel ? 1 : Math.max(0, level) / minLevel;
}

/** The best credit a candidate gets for one wanted skill, and which held skill gave it. */
export interface SkillCredit {
  credit: number;
  /** The held skill behind the credit; null when nothing counted. */
  held: string | null;
  heldLevel: number;
}

const NONE: SkillCredit = { credit: 0, held: null, heldLevel: 0 };

/**
 * Indexes a candidate's skills once, then answers "how much does this candidate have of skill X at level L"
 * with at most four map look-ups (tree) or a scan of the held skills (a custom proximity function).
 */
export type SkillMatcher = (wanted: string, minLevel: number) => SkillCredit;

interface Best {
  level: number;
  code: string;
}

export function createSkillMatcher(
  skills: readonly { code: string; level: number }[],
  proximity: SkillTree | SkillProximity | null,
): SkillMatcher {
  if (typeof proximity === 'function') {
    return (wanted, minLevel) => {
      let best = NONE;
      for (const skill of skills) {
        const credit = proximity(skill.code, wanted) * levelFactor(skill.level, minLevel);
        if (credit > best.credit) {
          best = { credit, held: skill.code, heldLevel: skill.level };
        }
      }
      return best;
    };
  }
  const tree = proximity;
  const exact = new Map<string, Best>();
  /** Keyed by a held skill's parent: finds siblings (by the wanted skill's parent) and parents (by the wanted skill). */
  const byParent = new Map<string, Best>();
  const byRoot = new Map<string, Best>();
  const keep = (map: Map<string, Best>, key: string, code: string, level: number): void => {
    const current = map.get(key);
    if (!current || level > current.level) {
      map.set(key, { level, code });
    }
  };
  for (const skill of skills) {
    keep(exact, skill.code, skill.code, skill.level);
    const parent = parentSkill(tree, skill.code);
    if (parent !== null) {
      keep(byParent, parent, skill.code, skill.level);
    }
    keep(byRoot, rootSkill(tree, skill.code), skill.code, skill.level);
  }
  return (wanted, minLevel) => {
    let best = NONE;
    const consider = (found: Best | undefined, weight: number): void => {
      if (found) {
        const credit = weight * levelFactor(found.level, minLevel);
        if (credit > best.credit) {
          best = { credit, held: found.code, heldLevel: found.level };
        }
      }
    };
    const same = exact.get(wanted);
    consider(same, SKILL_PROXIMITY.exact);
    if (best.credit >= 1) {
      return best;
    }
    const parent = parentSkill(tree, wanted);
    if (parent !== null) {
      consider(byParent.get(parent), SKILL_PROXIMITY.sibling);
      consider(exact.get(parent), SKILL_PROXIMITY.sibling);
    }
    consider(byParent.get(wanted), SKILL_PROXIMITY.sibling);
    if (best.credit < SKILL_PROXIMITY.sameGroup) {
      consider(byRoot.get(rootSkill(tree, wanted)), SKILL_PROXIMITY.sameGroup);
    }
    return best;
  };
}
