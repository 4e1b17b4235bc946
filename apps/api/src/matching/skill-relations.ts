import { buildSkillTree, rootSkill, skillProximity, type SkillNode, type SkillProximity } from '@techzone/matching';

/** Top-level groups whose skills do not stand in for one another: teamwork is no substitute for accuracy. */
const UNRELATED_GROUPS = new Set(['soft']);

/**
 * How a held skill counts for a wanted one on this platform: the skill tree's proximity (a sibling counts partly),
 * except within groups such as soft skills, where only the skill itself counts.
 */
export function skillRelations(nodes: readonly SkillNode[]): SkillProximity {
  const tree = buildSkillTree(nodes);
  return (held, wanted) => {
    if (
      held !== wanted &&
      (UNRELATED_GROUPS.has(rootSkill(tree, held)) || UNRELATED_GROUPS.has(rootSkill(tree, wanted)))
    ) {
      return 0;
    }
    return skillProximity(tree, held, wanted);
  };
}
