import { CandidateProfileResponse, ProgramResponse } from '@techzone/contracts';
import { matchesWords } from '../shared/label';

/** A row of the school's student table. */
export interface StudentRow {
  name: string;
  program: string | null;
  cohort: string | null;
  level: CandidateProfileResponse['educationLevel'];
  route: CandidateProfileResponse['route'];
  discoverable: boolean;
}

/** Students with the names of their programme and cohort (looked up in the school's programmes). */
export function studentRows(
  students: readonly CandidateProfileResponse[],
  programs: readonly ProgramResponse[],
): StudentRow[] {
  const programById = new Map(programs.map((program) => [program.id, program]));
  return students
    .map((student) => {
      const program = student.programId ? programById.get(student.programId) : undefined;
      const cohort = program?.cohorts.find((item) => item.id === student.cohortId);
      return {
        name: student.name,
        program: program?.name ?? null,
        cohort: cohort?.name ?? null,
        level: student.educationLevel,
        route: student.route,
        discoverable: student.discoverable,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The rows whose name, programme or cohort contain every typed word. */
export function filterStudents(rows: readonly StudentRow[], query: string): StudentRow[] {
  return rows.filter((row) => matchesWords(query, row.name, row.program, row.cohort));
}
