import {
  CandidateLanguageInput,
  CandidateProfileInput,
  CandidateProfileResponse,
  Certificate,
  EducationLevel,
  LearningRoute,
  VacancyType,
} from '@techzone/contracts';
import { fromIsoDate, toIsoDate } from '../shared/dates';
import { PlaceOption } from '../shared/place-autocomplete';
import { PickedSkill, toCandidateSkills } from '../shared/skills/skill-picker.state';

/** The profile form's value (dates as Date, the home place as an option). */
export interface ProfileFormValue {
  schoolId: string | null;
  programId: string | null;
  cohortId: string | null;
  educationLevel: EducationLevel | null;
  route: LearningRoute | null;
  qualificationCrebo: string | null;
  dateOfBirth: Date | null;
  homePlace: PlaceOption | null;
  maxTravelKm: number | null;
  wantedTypes: VacancyType[];
  sectorCodes: string[];
  hoursPerWeekMin: number | null;
  hoursPerWeekMax: number | null;
  availableFrom: Date | null;
  availableTo: Date | null;
  skills: PickedSkill[];
  certificates: Certificate[];
  languages: CandidateLanguageInput[];
  about: string;
  experience: string;
  discoverable: boolean;
}

export const DEFAULT_MAX_TRAVEL_KM = 25;

/** API field names (ErrorResponse details) → the form's control names. */
export const PROFILE_FIELD_CONTROLS: Readonly<Record<string, keyof ProfileFormValue>> = {
  schoolId: 'schoolId',
  programId: 'programId',
  cohortId: 'cohortId',
  educationLevel: 'educationLevel',
  route: 'route',
  qualificationCrebo: 'qualificationCrebo',
  dateOfBirth: 'dateOfBirth',
  homePlaceId: 'homePlace',
  maxTravelKm: 'maxTravelKm',
  wantedTypes: 'wantedTypes',
  sectorCodes: 'sectorCodes',
  hoursPerWeekMin: 'hoursPerWeekMin',
  hoursPerWeekMax: 'hoursPerWeekMax',
  availableFrom: 'availableFrom',
  availableTo: 'availableTo',
  skills: 'skills',
  certificates: 'certificates',
  languages: 'languages',
  about: 'about',
  experience: 'experience',
  discoverable: 'discoverable',
};

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function profileToFormValue(profile: CandidateProfileResponse): ProfileFormValue {
  return {
    schoolId: profile.schoolId ?? profile.school?.id ?? null,
    programId: profile.programId ?? null,
    cohortId: profile.cohortId ?? null,
    educationLevel: profile.educationLevel ?? null,
    route: profile.route ?? null,
    qualificationCrebo: profile.qualificationCrebo ?? null,
    dateOfBirth: fromIsoDate(profile.dateOfBirth),
    homePlace: profile.homePlace
      ? { id: profile.homePlace.id, name: profile.homePlace.name, municipality: profile.homePlace.municipality }
      : null,
    maxTravelKm: profile.maxTravelKm ?? DEFAULT_MAX_TRAVEL_KM,
    wantedTypes: [...(profile.wantedTypes ?? [])],
    sectorCodes: [...(profile.sectorCodes ?? [])],
    hoursPerWeekMin: profile.hoursPerWeekMin ?? null,
    hoursPerWeekMax: profile.hoursPerWeekMax ?? null,
    availableFrom: fromIsoDate(profile.availableFrom),
    availableTo: fromIsoDate(profile.availableTo),
    skills: (profile.skills ?? []).map(({ skillCode, level }) => ({ code: skillCode, level, importance: 'must' })),
    certificates: [...(profile.certificates ?? [])],
    languages: (profile.languages ?? []).map(({ code, level }) => ({ code, level })),
    about: profile.about ?? '',
    experience: profile.experience ?? '',
    discoverable: profile.discoverable ?? false,
  };
}

/** The form → the whole profile as PUT /api/me/profile takes it. Students' school fields only for students. */
export function profileFormToInput(value: ProfileFormValue, isStudent: boolean): CandidateProfileInput {
  return {
    schoolId: isStudent ? value.schoolId : null,
    programId: isStudent ? value.programId : null,
    cohortId: isStudent ? value.cohortId : null,
    educationLevel: value.educationLevel,
    route: isStudent ? value.route : null,
    qualificationCrebo: value.qualificationCrebo,
    dateOfBirth: toIsoDate(value.dateOfBirth),
    homePlaceId: value.homePlace?.id ?? null,
    maxTravelKm: value.maxTravelKm ?? DEFAULT_MAX_TRAVEL_KM,
    wantedTypes: [...value.wantedTypes],
    sectorCodes: [...value.sectorCodes],
    hoursPerWeekMin: value.hoursPerWeekMin,
    hoursPerWeekMax: value.hoursPerWeekMax,
    availableFrom: toIsoDate(value.availableFrom),
    availableTo: toIsoDate(value.availableTo),
    skills: toCandidateSkills(value.skills),
    certificates: [...value.certificates],
    languages: value.languages.map(({ code, level }) => ({ code, level })),
    about: textOrNull(value.about),
    experience: textOrNull(value.experience),
    discoverable: value.discoverable,
  };
}
