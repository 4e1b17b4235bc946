import { AbstractControl, ValidatorFn } from '@angular/forms';
import {
  APPLICATION_STATUSES,
  ApplicationResponse,
  ApplicationStatus,
  InterviewProposal,
  OPEN_STATUSES,
} from '@techzone/contracts';
import { apiErrorStatus, apiErrorText } from '../../core/api/api-error';

/** Still in progress (submitted, in review, interview, offered). */
export function isOpenStatus(status: ApplicationStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** The chip classes of an application status (see styles.scss: `.tz-app-status-*`). */
export function applicationStatusClass(status: ApplicationStatus): string {
  return `tz-status tz-app-status-${APPLICATION_STATUSES.includes(status) ? status : 'submitted'}`;
}

/** A candidate's applications: the ones in progress first, then the finished ones; newest change first in each. */
export function splitByProgress(applications: readonly ApplicationResponse[]): {
  open: ApplicationResponse[];
  closed: ApplicationResponse[];
} {
  const byUpdate = [...applications].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return {
    open: byUpdate.filter((application) => isOpenStatus(application.status)),
    closed: byUpdate.filter((application) => !isOpenStatus(application.status)),
  };
}

/** The latest interview proposed in the message thread, if any. */
export function latestInterview(application: ApplicationResponse | null | undefined): InterviewProposal | null {
  const messages = application?.messages ?? [];
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const interview = messages[index].interview;
    if (interview) {
      return interview;
    }
  }
  return null;
}

/** Like `Validators.minLength`/`maxLength`, but on the trimmed text (what is sent), with the same error shapes. */
export function trimmedLengthValidator(min: number, max: number): ValidatorFn {
  return (control: AbstractControl<string | null>) => {
    const length = (control.value ?? '').trim().length;
    if (length === 0) {
      return { required: true };
    }
    if (length < min) {
      return { minlength: { requiredLength: min, actualLength: length } };
    }
    if (length > max) {
      return { maxlength: { requiredLength: max, actualLength: length } };
    }
    return null;
  };
}

/**
 * A date picked in the datepicker and a time picked in the timepicker (both local) → the ISO date-time the API
 * takes, or null when either is missing or invalid.
 */
export function combineDateAndTime(date: Date | null | undefined, time: Date | null | undefined): string | null {
  if (
    !(date instanceof Date) ||
    !(time instanceof Date) ||
    Number.isNaN(date.getTime()) ||
    Number.isNaN(time.getTime())
  ) {
    return null;
  }
  const combined = new Date(date.getFullYear(), date.getMonth(), date.getDate(), time.getHours(), time.getMinutes());
  return combined.toISOString();
}

/** The API's own words for a refusal the user can act on (409 conflict, 403 forbidden); null for anything else. */
export function refusalText(error: unknown): string | null {
  const status = apiErrorStatus(error);
  return status === 409 || status === 403 ? apiErrorText(error) : null;
}

/** The candidate's buttons, in the order shown: accept, decline, withdraw — those the API allows now. */
export function candidateActions(allowedNext: readonly ApplicationStatus[]): ApplicationStatus[] {
  return (['accepted', 'declined', 'withdrawn'] as const).filter((status) => allowedNext.includes(status));
}
