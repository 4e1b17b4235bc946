import {
  Certificate,
  CreateVacancyRequest,
  EducationLevel,
  Labelled,
  VacancyDetailResponse,
  VacancyInput,
  VacancyType,
} from '@techzone/contracts';
import { fromIsoDate, toIsoDate } from '../shared/dates';
import { PlaceOption } from '../shared/place-autocomplete';
import { PickedSkill, toVacancySkills } from '../shared/skills/skill-picker.state';

export interface QualificationChip extends Labelled {
  crebo: string;
  level: number;
}

/** The editor's form value (what the controls hold: dates as Date, the place as an option, nulls when empty). */
export interface VacancyFormValue {
  type: VacancyType | null;
  title: string;
  description: string;
  place: PlaceOption | null;
  levels: EducationLevel[];
  qualifications: QualificationChip[];
  sectorCode: string | null;
  skills: PickedSkill[];
  certificates: Certificate[];
  minAge: number | null;
  hoursPerWeek: number | null;
  startDate: Date | null;
  endDate: Date | null;
  positions: number | null;
  compensation: string;
  contactName: string;
  contactEmail: string;
  expiresAt: Date | null;
  /** Blind first review: the company sees no name or age until it invites the applicant. */
  blindReview: boolean;
}

export const EMPTY_VACANCY_FORM: Readonly<VacancyFormValue> = {
  type: null,
  title: '',
  description: '',
  place: null,
  levels: [],
  qualifications: [],
  sectorCode: null,
  skills: [],
  certificates: [],
  minAge: null,
  hoursPerWeek: null,
  startDate: null,
  endDate: null,
  positions: 1,
  compensation: '',
  contactName: '',
  contactEmail: '',
  expiresAt: null,
  blindReview: false,
};

/** API field names (as in ErrorResponse details) → the editor's control names. */
export const VACANCY_FIELD_CONTROLS: Readonly<Record<string, keyof VacancyFormValue>> = {
  type: 'type',
  title: 'title',
  description: 'description',
  placeId: 'place',
  levels: 'levels',
  qualificationCrebos: 'qualifications',
  sectorCode: 'sectorCode',
  skills: 'skills',
  certificates: 'certificates',
  minAge: 'minAge',
  hoursPerWeek: 'hoursPerWeek',
  startDate: 'startDate',
  endDate: 'endDate',
  positions: 'positions',
  compensation: 'compensation',
  contactName: 'contactName',
  contactEmail: 'contactEmail',
  expiresAt: 'expiresAt',
  blindReview: 'blindReview',
};

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The editor's value → what the API takes. Call it on a valid form: the required fields must be filled. */
export function vacancyFormToInput(value: VacancyFormValue): VacancyInput {
  if (value.type === null || value.place === null || value.hoursPerWeek === null || value.positions === null) {
    throw new Error('The vacancy form is incomplete: type, place, hours and positions are required.');
  }
  return {
    type: value.type,
    title: value.title.trim(),
    description: value.description.trim(),
    placeId: value.place.id,
    levels: [...value.levels],
    qualificationCrebos: value.qualifications.map((qualification) => qualification.crebo),
    sectorCode: value.sectorCode ?? null,
    skills: toVacancySkills(value.skills),
    certificates: [...value.certificates],
    minAge: value.minAge ?? null,
    hoursPerWeek: value.hoursPerWeek,
    startDate: toIsoDate(value.startDate),
    endDate: toIsoDate(value.endDate),
    positions: value.positions,
    compensation: textOrNull(value.compensation),
    contactName: textOrNull(value.contactName),
    contactEmail: textOrNull(value.contactEmail),
    expiresAt: toIsoDate(value.expiresAt),
    blindReview: value.blindReview,
  };
}

export function vacancyFormToCreateRequest(value: VacancyFormValue, organizationId: string): CreateVacancyRequest {
  return { ...vacancyFormToInput(value), organizationId };
}

/** A saved vacancy → the editor's value. */
export function vacancyToFormValue(vacancy: VacancyDetailResponse): VacancyFormValue {
  return {
    type: vacancy.type,
    title: vacancy.title,
    description: vacancy.description,
    place: { id: vacancy.place.id, name: vacancy.place.name, municipality: vacancy.place.municipality },
    levels: [...vacancy.levels],
    qualifications: vacancy.qualifications.map(({ crebo, nl, en, level }) => ({ crebo, nl, en, level })),
    sectorCode: vacancy.sector?.code ?? null,
    skills: vacancy.skills.map(({ code, minLevel, importance }) => ({ code, level: minLevel, importance })),
    certificates: [...vacancy.certificates],
    minAge: vacancy.minAge,
    hoursPerWeek: vacancy.hoursPerWeek,
    startDate: fromIsoDate(vacancy.startDate),
    endDate: fromIsoDate(vacancy.endDate),
    positions: vacancy.positions,
    compensation: vacancy.compensation ?? '',
    contactName: vacancy.contactName ?? '',
    contactEmail: vacancy.contactEmail ?? '',
    expiresAt: fromIsoDate(vacancy.expiresAt),
    blindReview: vacancy.blindReview,
  };
}
