import type { LearningRoute } from './taxonomy';
import type { EducationLevel } from './vacancies';

export interface ProgramInput {
  name: string;
  /** MBO: the crebo of the qualification; HBO/WO: the CROHO code. */
  crebo?: string | null;
  croho?: string | null;
  level: EducationLevel;
  route?: LearningRoute | null;
}

export interface ProgramResponse extends Required<ProgramInput> {
  id: string;
  cohorts: CohortResponse[];
}

export interface CohortInput {
  /** e.g. "2026-2027" or "Klas 3A". */
  name: string;
  startDate: string;
  endDate: string;
}

export interface CohortResponse extends CohortInput {
  id: string;
  programId: string;
}

/** Public: lets a student pick their school and programme in the profile. */
export interface SchoolOptionResponse {
  id: string;
  name: string;
  city: string | null;
  programs: {
    id: string;
    name: string;
    level: EducationLevel;
    route: LearningRoute | null;
    cohorts: { id: string; name: string }[];
  }[];
}
