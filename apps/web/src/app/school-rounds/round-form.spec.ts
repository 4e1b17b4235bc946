import { FormControl, FormGroup } from '@angular/forms';
import { ProgramResponse } from '@techzone/contracts';
import { newVacancySummary } from '../testing/factories';
import {
  cohortGroups,
  controlOfField,
  deadlineParts,
  defaultDeadline,
  entriesToInput,
  futureDeadlineValidator,
  maxCapacity,
} from './round-form';

function program(name: string, cohorts: string[]): ProgramResponse {
  return {
    id: name,
    name,
    crebo: '25287',
    croho: null,
    level: 'mbo3',
    route: 'BOL',
    cohorts: cohorts.map((cohort) => ({
      id: `${name}-${cohort}`,
      name: cohort,
      programId: name,
      startDate: '2026-09-01',
      endDate: '2027-07-01',
    })),
  };
}

describe('round form', () => {
  it('should offer at most the positions of a vacancy, within the limit of the round', () => {
    expect(maxCapacity({ positions: 3 })).toBe(3);
    expect(maxCapacity({ positions: 400 })).toBe(50);
    expect(maxCapacity({ positions: 0 })).toBe(1);
  });

  it('should group the cohorts by programme and leave out programmes without cohorts', () => {
    expect(
      cohortGroups([
        program('Mechatronica', ['2026']),
        program('Allround lasser', ['2027', '2026']),
        program('Leeg', []),
      ]),
    ).toEqual([
      {
        program: 'Allround lasser',
        cohorts: [
          { id: 'Allround lasser-2026', name: '2026' },
          { id: 'Allround lasser-2027', name: '2027' },
        ],
      },
      { program: 'Mechatronica', cohorts: [{ id: 'Mechatronica-2026', name: '2026' }] },
    ]);
  });

  it('should split a deadline into a day and a time, and suggest one two weeks ahead at five', () => {
    const parts = deadlineParts(new Date(2026, 11, 12, 16, 45).toISOString());
    expect(parts.date).toEqual(new Date(2026, 11, 12));
    expect(parts.time?.getHours()).toBe(16);
    expect(parts.time?.getMinutes()).toBe(45);
    expect(deadlineParts('nonsense')).toEqual({ date: null, time: null });
    const suggested = defaultDeadline(new Date(2026, 11, 25, 9, 30));
    expect(suggested.date).toEqual(new Date(2027, 0, 8));
    expect(suggested.time).toEqual(new Date(2027, 0, 8, 17, 0));
  });

  it('should refuse a deadline in the past and accept one in the future', () => {
    const now = () => new Date(2026, 5, 1, 12, 0);
    const group = new FormGroup(
      {
        date: new FormControl<Date | null>(new Date(2026, 5, 1)),
        time: new FormControl<Date | null>(new Date(2026, 5, 1, 11, 0)),
      },
      { validators: futureDeadlineValidator('date', 'time', now) },
    );
    expect(group.errors).toEqual({ past: true });
    group.controls.time.setValue(new Date(2026, 5, 1, 13, 0));
    expect(group.errors).toBeNull();
    group.controls.date.setValue(null);
    expect(group.errors).toBeNull();
  });

  it('should send each place with its capacity', () => {
    const vacancy = newVacancySummary({ id: 'v1', positions: 2 });
    expect(entriesToInput([{ vacancy, capacity: 2 }])).toEqual([{ vacancyId: 'v1', capacity: 2 }]);
  });

  it("should show the API's field errors at the form's controls", () => {
    expect(controlOfField('name')).toEqual({ control: 'name' });
    expect(controlOfField('deadline')).toEqual({ control: 'date' });
    expect(controlOfField('vacancies.3.capacity')).toEqual({ control: 'capacity', index: 3 });
    expect(controlOfField('vacancies.0.vacancyId')).toEqual({ control: 'capacity', index: 0 });
    expect(controlOfField('vacancies')).toBeNull();
  });
});
