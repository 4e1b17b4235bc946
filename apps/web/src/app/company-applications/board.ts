import { ApplicantResponse, ApplicationResponse, ApplicationStatus, BOARD_COLUMNS } from '@techzone/contracts';

export interface BoardColumn {
  status: ApplicationStatus;
  items: ApplicationResponse[];
}

export interface Board {
  columns: BoardColumn[];
  /** Withdrawn and declined: shown apart, below the board. */
  others: ApplicationResponse[];
}

/** The applications in the board's columns (BOARD_COLUMNS order); the rest apart. Oldest first in each. */
export function toBoard(applications: readonly ApplicationResponse[]): Board {
  const sorted = [...applications].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    columns: BOARD_COLUMNS.map((status) => ({
      status,
      items: sorted.filter((application) => application.status === status),
    })),
    others: sorted.filter((application) => !BOARD_COLUMNS.includes(application.status)),
  };
}

/** Whether a card may be dropped on a column: only a move the API allows the viewer now. */
export function canDropOn(
  application: Pick<ApplicationResponse, 'status' | 'allowedNext'>,
  target: ApplicationStatus,
): boolean {
  return application.status !== target && application.allowedNext.includes(target);
}

/** The columns a card may go to, in board order (for the keyboard "Move to…" menu). */
export function moveTargets(application: Pick<ApplicationResponse, 'status' | 'allowedNext'>): ApplicationStatus[] {
  return BOARD_COLUMNS.filter((status) => canDropOn(application, status));
}

export type DropAction = 'none' | 'reject' | 'move';

/** What dropping a card on a column does: nothing, ask for the rejection reason first, or move it. */
export function dropAction(
  application: Pick<ApplicationResponse, 'status' | 'allowedNext'>,
  target: ApplicationStatus,
): DropAction {
  if (!canDropOn(application, target)) {
    return 'none';
  }
  return target === 'rejected' ? 'reject' : 'move';
}

/** The candidate's strongest skills, at most `count`, highest level first. */
export function topSkills(applicant: Pick<ApplicantResponse, 'skills'>, count = 3): ApplicantResponse['skills'] {
  return [...applicant.skills].sort((a, b) => b.level - a.level).slice(0, count);
}

/** Replaces one application in a list by its updated version. */
export function replaceApplication(
  list: readonly ApplicationResponse[],
  updated: ApplicationResponse,
): ApplicationResponse[] {
  return list.map((application) => (application.id === updated.id ? updated : application));
}
