import type { CandidateKind, CandidateProfileResponse } from '@techzone/contracts';
import { CandidateProfileEntity } from './entities/candidate-profile.entity';
import type { ProfileContext } from './profiles.service';

interface Person {
  name: string;
  candidateKind: CandidateKind | null;
}

/** What a candidate sees before they saved anything: nothing collected, not findable. */
export function emptyProfile(person: Person): CandidateProfileResponse {
  return {
    kind: person.candidateKind ?? 'student',
    name: person.name,
    schoolId: null,
    programId: null,
    cohortId: null,
    educationLevel: null,
    route: null,
    qualificationCrebo: null,
    dateOfBirth: null,
    homePlaceId: null,
    maxTravelKm: 25,
    wantedTypes: [],
    sectorCodes: [],
    hoursPerWeekMin: null,
    hoursPerWeekMax: null,
    availableFrom: null,
    availableTo: null,
    skills: [],
    certificates: [],
    languages: [],
    about: null,
    experience: null,
    discoverable: false,
    homePlace: null,
    school: null,
    updatedAt: null,
  };
}

export function toProfileResponse(
  person: Person,
  profile: CandidateProfileEntity & { context?: ProfileContext },
  context: ProfileContext | undefined = profile.context,
): CandidateProfileResponse {
  const place = profile.homePlaceId ? context?.places.get(profile.homePlaceId) : undefined;
  const school = profile.schoolId ? context?.schools.get(profile.schoolId) : undefined;
  return {
    ...emptyProfile(person),
    schoolId: profile.schoolId,
    programId: profile.programId,
    cohortId: profile.cohortId,
    educationLevel: profile.educationLevel,
    route: profile.route,
    qualificationCrebo: profile.qualificationCrebo,
    dateOfBirth: profile.dateOfBirth,
    homePlaceId: profile.homePlaceId,
    maxTravelKm: profile.maxTravelKm,
    wantedTypes: profile.wantedTypes,
    sectorCodes: profile.sectorCodes,
    hoursPerWeekMin: profile.hoursPerWeekMin,
    hoursPerWeekMax: profile.hoursPerWeekMax,
    availableFrom: profile.availableFrom,
    availableTo: profile.availableTo,
    skills: (profile.skills ?? [])
      .map((skill) => ({
        skillCode: skill.skillCode,
        level: skill.level,
        nl: skill.skill?.labelNl ?? skill.skillCode,
        en: skill.skill?.labelEn ?? skill.skillCode,
      }))
      .sort((a, b) => a.nl.localeCompare(b.nl)),
    certificates: profile.certificates,
    languages: profile.languages,
    about: profile.about,
    experience: profile.experience,
    discoverable: profile.discoverable,
    homePlace: place ? { id: place.id, name: place.name, municipality: place.municipality } : null,
    school: school ? { id: school.id, name: school.name } : null,
    updatedAt: profile.updatedAt.toISOString(),
  };
}
