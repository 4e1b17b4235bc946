import { notificationPath, notificationText } from './notification-text';

describe('notificationText', () => {
  it('should tell a candidate the new status of an application, with the status as a sentence key', () => {
    expect(
      notificationText({
        type: 'application.status',
        data: { vacancyTitle: 'Stage lassen', companyName: 'Hondsrug', status: 'interview', applicationId: 'a1' },
      }),
    ).toEqual({
      key: 'notifications.types.status',
      params: { vacancyTitle: 'Stage lassen', companyName: 'Hondsrug', candidateName: '' },
      statusKey: 'applications.statusInSentence.interview',
    });
  });

  it('should tell a company about a new application and about the candidate answering an offer', () => {
    expect(notificationText({ type: 'application.submitted', data: { vacancyTitle: 'CNC' } }).key).toBe(
      'notifications.types.submitted',
    );
    const action = notificationText({
      type: 'application.candidate_action',
      data: { vacancyTitle: 'CNC', candidateName: 'Sanne', status: 'accepted' },
    });
    expect(action.key).toBe('notifications.types.candidateAction');
    expect(action.params['candidateName']).toBe('Sanne');
    expect(action.statusKey).toBe('applications.statusInSentence.accepted');
  });

  it('should say "invitation" for a message with an interview and "message" otherwise', () => {
    expect(notificationText({ type: 'application.message', data: { vacancyTitle: 'X' } }).key).toBe(
      'notifications.types.message',
    );
    expect(
      notificationText({ type: 'application.message', data: { vacancyTitle: 'X', interviewAt: '2026-05-01T10:00Z' } })
        .key,
    ).toBe('notifications.types.interview');
  });

  it('should fall back to a general text for an unknown type or status', () => {
    expect(notificationText({ type: 'placement.signed', data: { vacancyTitle: 'X' } })).toEqual({
      key: 'notifications.types.other',
      params: { vacancyTitle: 'X', companyName: '', candidateName: '' },
      statusKey: null,
    });
    expect(notificationText({ type: 'application.status', data: { status: 'teleported' } }).key).toBe(
      'notifications.types.other',
    );
    expect(notificationText({ type: 'vacancy.filled', data: { vacancyTitle: 'X', companyName: 'Y' } }).key).toBe(
      'notifications.types.filled',
    );
  });

  it('should tell a candidate that a company invites them to apply, leading to the vacancy', () => {
    const invitation = {
      type: 'vacancy.invitation',
      data: { vacancyTitle: 'Stage lassen', companyName: 'Hondsrug', vacancyId: 'v1', path: '/vacatures/v1' },
    };
    expect(notificationText(invitation)).toEqual({
      key: 'notifications.types.invitation',
      params: { vacancyTitle: 'Stage lassen', companyName: 'Hondsrug', candidateName: '' },
      statusKey: null,
    });
    expect(notificationPath(invitation)).toBe('/vacatures/v1');
  });

  it('should tell a student the place a placement round gave them, or that it gave none', () => {
    const offer = {
      type: 'round.offer',
      data: {
        roundName: 'Stageronde lassers',
        vacancyTitle: 'Stage lassen',
        companyName: 'Hondsrug',
        applicationId: 'a1',
        path: '/sollicitaties/a1',
      },
    };
    expect(notificationText(offer)).toEqual({
      key: 'notifications.types.roundOffer',
      params: {
        vacancyTitle: 'Stage lassen',
        companyName: 'Hondsrug',
        candidateName: '',
        roundName: 'Stageronde lassers',
        schoolName: '',
        placed: '0',
      },
      statusKey: null,
    });
    expect(notificationPath(offer)).toBe('/sollicitaties/a1');
    const unplaced = notificationText({
      type: 'round.unplaced',
      data: { roundName: 'Stageronde lassers', roundId: 'r1' },
    });
    expect(unplaced.key).toBe('notifications.types.roundUnplaced');
    expect(unplaced.params['roundName']).toBe('Stageronde lassers');
  });

  it('should tell a company that a round was published and how many students it got', () => {
    const published = notificationText({
      type: 'round.published',
      data: { roundName: 'Stageronde lassers', schoolName: 'Techniek College', placed: '2' },
    });
    expect(published.key).toBe('notifications.types.roundPublished');
    expect(published.params).toMatchObject({
      roundName: 'Stageronde lassers',
      schoolName: 'Techniek College',
      placed: '2',
    });
  });

  it('should only lead to an internal path', () => {
    expect(notificationPath({ data: { path: '/sollicitaties/a1' } })).toBe('/sollicitaties/a1');
    expect(notificationPath({ data: { path: 'https://evil.example' } })).toBe('/home');
    expect(notificationPath({ data: { path: '//evil.example' } })).toBe('/home');
    expect(notificationPath({ data: {} })).toBe('/home');
  });

  it('should tell the parties of a placement what happened, with the student and the company', () => {
    const approved = notificationText({
      type: 'placement.approved',
      data: { studentName: 'Sanne Bakker', companyName: 'Hondsrug', placementId: 'p1' },
    });
    expect(approved.key).toBe('notifications.types.placementApproved');
    expect(approved.params).toMatchObject({ studentName: 'Sanne Bakker', companyName: 'Hondsrug' });
    expect(notificationText({ type: 'agreement.signed', data: {} }).key).toBe('notifications.types.agreementSigned');
    expect(
      notificationText({ type: 'placement.problem', data: { reporterName: 'Henk', studentName: 'Sanne' } }).params,
    ).toMatchObject({ reporterName: 'Henk', studentName: 'Sanne' });
  });

  it('should put the category of a misconduct report in the sentence, never an unknown one', () => {
    expect(
      notificationText({ type: 'report.misconduct', data: { companyName: 'Hondsrug', category: 'harassment' } }),
    ).toMatchObject({ key: 'notifications.types.misconduct', statusKey: 'reports.categories.harassment' });
    expect(notificationText({ type: 'report.misconduct', data: { category: 'rumours' } }).statusKey).toBeNull();
  });

  it('should tell of an event cancelled, approved or not approved, by its title, and lead to the event page', () => {
    const cancelled = {
      type: 'event.cancelled',
      data: { eventTitle: 'Open dag Hondsrug', eventId: 'e1', path: '/evenementen/e1' },
    };
    expect(notificationText(cancelled)).toMatchObject({
      key: 'notifications.types.eventCancelled',
      params: { eventTitle: 'Open dag Hondsrug' },
      statusKey: null,
    });
    expect(notificationPath(cancelled)).toBe('/evenementen/e1');
    expect(notificationText({ type: 'event.approved', data: { eventTitle: 'X' } }).key).toBe(
      'notifications.types.eventApproved',
    );
    expect(notificationText({ type: 'event.rejected', data: {} }).params['eventTitle']).toBe('');
  });
});
