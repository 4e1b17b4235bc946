import { SkillResponse } from '@techzone/contracts';
import {
  addPickedSkill,
  PickedSkill,
  removePickedSkill,
  skillOptions,
  toCandidateSkills,
  toVacancySkills,
  updatePickedSkill,
} from './skill-picker.state';

function skill(code: string, nl: string, en: string, parent: string | null, kind: 'group' | 'skill' = 'skill') {
  return { code, nl, en, parent, kind, escoUri: null, synonyms: [] } satisfies SkillResponse;
}

const tree: SkillResponse[] = [
  skill('weld', 'Lassen en verbinden', 'Welding and joining', null, 'group'),
  skill('weld.tig', 'TIG-lassen', 'TIG welding', 'weld'),
  skill('weld.mig', 'MIG/MAG-lassen', 'MIG/MAG welding', 'weld'),
  skill('cnc', 'CNC-verspanen', 'CNC machining', null, 'group'),
  skill('cnc.milling', 'CNC-frezen', 'CNC milling', 'cnc'),
];

describe('skill picker state', () => {
  it('should add a skill once with the default level and must', () => {
    const once = addPickedSkill([], 'weld.tig', 30);
    expect(once).toEqual([{ code: 'weld.tig', level: 2, importance: 'must' }]);
    expect(addPickedSkill(once, 'weld.tig', 30)).toEqual(once);
  });

  it('should not add more than the maximum', () => {
    const full: PickedSkill[] = [{ code: 'a', level: 1, importance: 'nice' }];
    expect(addPickedSkill(full, 'b', 1)).toEqual(full);
  });

  it('should change and remove one skill without touching the others', () => {
    let list = addPickedSkill(addPickedSkill([], 'weld.tig', 30), 'cnc.milling', 30, { level: 3 });
    list = updatePickedSkill(list, 'weld.tig', { level: 4, importance: 'nice' });
    expect(list).toEqual([
      { code: 'weld.tig', level: 4, importance: 'nice' },
      { code: 'cnc.milling', level: 3, importance: 'must' },
    ]);
    expect(removePickedSkill(list, 'weld.tig')).toEqual([{ code: 'cnc.milling', level: 3, importance: 'must' }]);
  });

  it('should map to the request shapes of vacancies and profiles', () => {
    const list: PickedSkill[] = [{ code: 'weld.tig', level: 3, importance: 'nice' }];
    expect(toVacancySkills(list)).toEqual([{ skillCode: 'weld.tig', minLevel: 3, importance: 'nice' }]);
    expect(toCandidateSkills(list)).toEqual([{ skillCode: 'weld.tig', level: 3 }]);
  });

  it('should offer matching skills grouped by their group, without groups themselves or picked ones', () => {
    const options = skillOptions(tree, 'lassen', ['weld.mig'], 'nl');
    expect(options.map((group) => group.code)).toEqual(['weld']);
    expect(options[0].skills.map((entry) => entry.code)).toEqual(['weld.tig']);
  });

  it('should match the English label and the group name', () => {
    expect(skillOptions(tree, 'milling', [], 'en')[0].skills.map((entry) => entry.code)).toEqual(['cnc.milling']);
    expect(skillOptions(tree, 'welding', [], 'en')[0].skills.map((entry) => entry.code)).toEqual([
      'weld.mig',
      'weld.tig',
    ]);
  });
});
