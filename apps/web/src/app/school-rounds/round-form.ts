import { AbstractControl, ValidatorFn } from '@angular/forms';
import {
  ProgramResponse,
  ROUND_LIMITS,
  RoundDetailResponse,
  RoundVacancyInput,
  VacancySummaryResponse,
} from '@techzone/contracts';
import { combineDateAndTime } from '../shared/applications/application-status';

/** A place picked for the round: the vacancy and how many of its positions the round offers. */
export interface RoundVacancyEntry {
  vacancy: VacancySummaryResponse;
  capacity: number | null;
}

/** What the round form gives its owner to save (the cohort only when creating). */
export interface RoundFormValue {
  name: string;
  cohortId: string | null;
  deadline: string;
  maxChoices: number;
  vacancies: RoundVacancyInput[];
}

export interface CohortOption {
  id: string;
  name: string;
}

export interface CohortGroup {
  program: string;
  cohorts: CohortOption[];
}

export const DEFAULT_MAX_CHOICES = 5;
const DEFAULT_DEADLINE_DAYS = 14;
const DEFAULT_DEADLINE_HOUR = 17;

/** The most places a vacancy can offer in a round: its positions, within the API's limit. */
export function maxCapacity(vacancy: Pick<VacancySummaryResponse, 'positions'>): number {
  return Math.max(1, Math.min(vacancy.positions, ROUND_LIMITS.capacityMax));
}

/** A school's cohorts for the select, grouped by programme, programmes and cohorts by name. */
export function cohortGroups(programs: readonly ProgramResponse[]): CohortGroup[] {
  return [...programs]
    .filter((program) => program.cohorts.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((program) => ({
      program: program.name,
      cohorts: [...program.cohorts]
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
        .map((cohort) => ({ id: cohort.id, name: cohort.name })),
    }));
}

/** A stored deadline → the day and the time for the date and time pickers (local time). */
export function deadlineParts(iso: string | null | undefined): { date: Date | null; time: Date | null } {
  const moment = iso ? new Date(iso) : null;
  if (!moment || Number.isNaN(moment.getTime())) {
    return { date: null, time: null };
  }
  return {
    date: new Date(moment.getFullYear(), moment.getMonth(), moment.getDate()),
    time: new Date(moment.getFullYear(), moment.getMonth(), moment.getDate(), moment.getHours(), moment.getMinutes()),
  };
}

/** A new round's suggested deadline: two weeks from today at 17:00. */
export function defaultDeadline(now: Date): { date: Date; time: Date } {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + DEFAULT_DEADLINE_DAYS);
  const time = new Date(date.getFullYear(), date.getMonth(), date.getDate(), DEFAULT_DEADLINE_HOUR, 0);
  return { date, time };
}

/** A group validator: the day (`dateKey`) and time (`timeKey`) together lie in the future. */
export function futureDeadlineValidator(
  dateKey: string,
  timeKey: string,
  now: () => Date = () => new Date(),
): ValidatorFn {
  return (group: AbstractControl) => {
    const deadline = combineDateAndTime(
      group.get(dateKey)?.value as Date | null,
      group.get(timeKey)?.value as Date | null,
    );
    return deadline !== null && new Date(deadline).getTime() <= now().getTime() ? { past: true } : null;
  };
}

/** The round as the form starts editing it. */
export function roundToEntries(round: Pick<RoundDetailResponse, 'vacancies'>): RoundVacancyEntry[] {
  return round.vacancies.map((entry) => ({ vacancy: entry.vacancy, capacity: entry.capacity }));
}

export function entriesToInput(entries: readonly RoundVacancyEntry[]): RoundVacancyInput[] {
  return entries.map((entry) => ({ vacancyId: entry.vacancy.id, capacity: entry.capacity ?? 1 }));
}

/**
 * The API's field of an error → the form's control: `deadline` is shown at the day, `vacancies.3.capacity` and
 * `vacancies.3.vacancyId` at that place's capacity.
 */
export function controlOfField(field: string): { control: string; index?: number } | null {
  const place = /^vacancies\.(\d+)\.(capacity|vacancyId)$/.exec(field);
  if (place) {
    return { control: 'capacity', index: Number(place[1]) };
  }
  switch (field) {
    case 'name':
    case 'cohortId':
    case 'maxChoices':
      return { control: field };
    case 'deadline':
      return { control: 'date' };
    default:
      return null;
  }
}
