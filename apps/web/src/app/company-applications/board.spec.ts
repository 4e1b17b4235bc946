import { newApplication } from '../testing/factories';
import { canDropOn, dropAction, moveTargets, replaceApplication, toBoard, topSkills } from './board';

describe('the applicant board', () => {
  it('should put each application in the column of its status, oldest first, and the withdrawn and declined apart', () => {
    const late = newApplication({ status: 'submitted', createdAt: '2026-03-20T09:00:00Z' });
    const early = newApplication({ status: 'submitted', createdAt: '2026-03-02T09:00:00Z' });
    const interview = newApplication({ status: 'interview' });
    const withdrawn = newApplication({ status: 'withdrawn', allowedNext: [] });
    const declined = newApplication({ status: 'declined', allowedNext: [] });

    const board = toBoard([late, interview, withdrawn, early, declined]);

    expect(board.columns.map((column) => column.status)).toEqual([
      'submitted',
      'in_review',
      'interview',
      'offered',
      'accepted',
      'rejected',
    ]);
    expect(board.columns[0].items.map((item) => item.id)).toEqual([early.id, late.id]);
    expect(board.columns[2].items).toEqual([interview]);
    expect(board.others.map((item) => item.id).sort()).toEqual([withdrawn.id, declined.id].sort());
  });

  it('should allow a drop only on a column the API allows the viewer to move the card to', () => {
    const application = newApplication({ status: 'in_review', allowedNext: ['interview', 'offered', 'rejected'] });

    expect(canDropOn(application, 'interview')).toBe(true);
    expect(canDropOn(application, 'rejected')).toBe(true);
    expect(canDropOn(application, 'accepted')).toBe(false);
    expect(canDropOn(application, 'submitted')).toBe(false);
    expect(canDropOn(application, 'in_review')).toBe(false);
  });

  it('should offer the allowed columns in board order for the keyboard menu', () => {
    const application = newApplication({
      status: 'submitted',
      allowedNext: ['rejected', 'offered', 'in_review', 'interview', 'withdrawn'],
    });

    expect(moveTargets(application)).toEqual(['in_review', 'interview', 'offered', 'rejected']);
    expect(moveTargets(newApplication({ status: 'accepted', allowedNext: [] }))).toEqual([]);
  });

  it('should ask for a reason before a drop on the rejected column', () => {
    const application = newApplication({ status: 'interview', allowedNext: ['offered', 'rejected'] });

    expect(dropAction(application, 'rejected')).toBe('reject');
    expect(dropAction(application, 'offered')).toBe('move');
    expect(dropAction(application, 'accepted')).toBe('none');
  });

  it('should show the strongest skills first', () => {
    const applicant = newApplication().applicant;
    applicant.skills = [
      { code: 'a', nl: 'A', en: 'A', level: 1 },
      { code: 'b', nl: 'B', en: 'B', level: 4 },
      { code: 'c', nl: 'C', en: 'C', level: 3 },
      { code: 'd', nl: 'D', en: 'D', level: 2 },
    ];

    expect(topSkills(applicant).map((skill) => skill.code)).toEqual(['b', 'c', 'd']);
  });

  it('should replace a moved application in the list', () => {
    const first = newApplication();
    const second = newApplication();
    const moved = { ...second, status: 'interview' as const };

    expect(replaceApplication([first, second], moved)).toEqual([first, moved]);
  });
});
