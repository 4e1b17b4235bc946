import { FormControl } from '@angular/forms';
import { newApplication } from '../../testing/factories';
import {
  applicationStatusClass,
  candidateActions,
  combineDateAndTime,
  latestInterview,
  splitByProgress,
  trimmedLengthValidator,
} from './application-status';

describe('application status helpers', () => {
  it('should give each status its chip class', () => {
    expect(applicationStatusClass('offered')).toBe('tz-status tz-app-status-offered');
    expect(applicationStatusClass('in_review')).toBe('tz-status tz-app-status-in_review');
    expect(applicationStatusClass('rejected')).toBe('tz-status tz-app-status-rejected');
  });

  it('should list the open applications first, newest change first', () => {
    const old = newApplication({ status: 'interview', updatedAt: '2026-03-01T09:00:00Z' });
    const recent = newApplication({ status: 'submitted', updatedAt: '2026-03-05T09:00:00Z' });
    const rejected = newApplication({ status: 'rejected', updatedAt: '2026-03-09T09:00:00Z' });

    expect(splitByProgress([old, rejected, recent])).toEqual({ open: [recent, old], closed: [rejected] });
  });

  it('should show the candidate only the buttons the API allows, accept first', () => {
    expect(candidateActions(['withdrawn', 'declined', 'accepted'])).toEqual(['accepted', 'declined', 'withdrawn']);
    expect(candidateActions(['withdrawn'])).toEqual(['withdrawn']);
    expect(candidateActions([])).toEqual([]);
  });

  it('should find the latest interview proposal in the thread', () => {
    const message = (id: string, interview: { startsAt: string; place: string } | null) => ({
      id,
      from: 'company' as const,
      senderName: 'Hondsrug',
      body: 'x',
      interview,
      at: '2026-03-01T09:00:00Z',
    });
    const application = newApplication({
      messages: [
        message('1', { startsAt: '2026-03-10T09:00:00Z', place: 'Emmen' }),
        message('2', { startsAt: '2026-03-12T13:30:00Z', place: 'Coevorden' }),
        message('3', null),
      ],
    });

    expect(latestInterview(application)).toEqual({ startsAt: '2026-03-12T13:30:00Z', place: 'Coevorden' });
    expect(latestInterview(newApplication())).toBeNull();
  });

  it('should check the motivation length on the trimmed text', () => {
    const validator = trimmedLengthValidator(20, 50);

    expect(validator(new FormControl('   '))).toEqual({ required: true });
    expect(validator(new FormControl('  te kort                  '))).toEqual({
      minlength: { requiredLength: 20, actualLength: 7 },
    });
    expect(validator(new FormControl('Ik wil graag bij jullie leren lassen.'))).toBeNull();
    expect(validator(new FormControl('x'.repeat(51)))).toEqual({ maxlength: { requiredLength: 50, actualLength: 51 } });
  });

  it('should combine a picked day and time into one ISO date-time', () => {
    const iso = combineDateAndTime(new Date(2026, 4, 12), new Date(2000, 0, 1, 14, 30));

    expect(iso).toBe(new Date(2026, 4, 12, 14, 30).toISOString());
    expect(combineDateAndTime(null, new Date())).toBeNull();
    expect(combineDateAndTime(new Date('nope'), new Date())).toBeNull();
  });
});
